package it.dev.cvtailor.accounts;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * The rollout's phases at the door: registration open, by invite code (a usage cap and an expiry), or closed; each
 * refusal a 403 problem that says why, only admins change the mode or make codes, and the changes are audited.
 */
public class RegistrationModesIT {

    private static String admin;

    @BeforeAll
    static void ready() {
        Api.awaitReady();
        admin = Admin.fresh("registration-admin").token();
    }

    @AfterEach
    void openAgain() {
        try (Response r = mode("open", admin)) {
            assertEquals(200, r.getStatus());
        }
    }

    private static Response mode(String mode, String token) {
        return Api.request("/admin/registration", token).put(Entity.json("{\"mode\":\"" + mode + "\"}"));
    }

    private static Response register(String who, String inviteCode) {
        String body = "{\"email\":\"" + Api.uniqueEmail(who) + "\",\"password\":\"" + Api.PASSWORD + "\""
                + (inviteCode == null ? "" : ",\"inviteCode\":\"" + inviteCode + "\"") + "}";
        return post("/auth/register", null, body);
    }

    private static String inviteCode(int uses) {
        try (Response r = post("/admin/invite-codes", admin, "{\"uses\":" + uses + ",\"expiresAt\":\""
                + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}")) {
            assertEquals(201, r.getStatus());
            return json(r).getString("code");
        }
    }

    @Test
    void inviteOnlyTakesACodeUpToItsUsageCap() {
        try (Response r = mode("invite-only", admin)) {
            assertEquals("invite-only", json(r).getString("mode"));
        }
        JsonObject missing = assertProblem(register("uninvited", null), 403);
        assertTrue(missing.getString("type").endsWith("registration-refused"), missing::toString);
        assertTrue(missing.getString("detail").contains("invite code"), missing::toString);
        String code = inviteCode(2);
        try (Response first = register("invited1", code); Response second = register("invited2", code)) {
            assertEquals(201, first.getStatus());
            assertEquals(201, second.getStatus());
        }
        assertTrue(assertProblem(register("invited3", code), 403).getString("detail").contains("used up"));
        assertProblem(register("guessing", "not-a-code"), 403);
    }

    @Test
    void aCodeDoesNotSpendAUseOnARefusedRegistration() {
        try (Response r = mode("invite-only", admin)) {
            assertEquals(200, r.getStatus());
        }
        String code = inviteCode(1);
        try (Response weak = post("/auth/register", null, "{\"email\":\"" + Api.uniqueEmail("weak")
                + "\",\"password\":\"short\",\"inviteCode\":\"" + code + "\"}")) {
            assertProblem(weak, 400);
        }
        try (Response good = register("after-weak", code)) {
            assertEquals(201, good.getStatus(), "the refused attempt did not use the only use");
        }
    }

    @Test
    void closedRefusesEveryoneAndOpenLetsEveryoneIn() {
        try (Response r = mode("closed", admin)) {
            assertEquals(200, r.getStatus());
        }
        try (Response r = get("/admin/registration", admin)) {
            assertEquals("closed", json(r).getString("mode"));
        }
        assertTrue(assertProblem(register("closed-out", inviteCode(5)), 403).getString("detail").contains("closed"));
        try (Response r = mode("open", admin)) {
            assertEquals(200, r.getStatus());
        }
        try (Response r = register("open-again", null)) {
            assertEquals(201, r.getStatus());
        }
    }

    @Test
    void onlyAdminsChangeTheModeOrMakeCodesAndBadValuesAreRefused() {
        String user = Api.newUserToken("not-admin");
        assertProblem(mode("closed", user), 403);
        assertProblem(post("/admin/invite-codes", user, "{\"uses\":1,\"expiresAt\":\"2999-01-01T00:00:00Z\"}"), 403);
        assertProblem(mode("sometimes", admin), 400);
        assertProblem(post("/admin/invite-codes", admin, "{\"uses\":0,\"expiresAt\":\"2999-01-01T00:00:00Z\"}"), 400);
        assertProblem(post("/admin/invite-codes", admin, "{\"uses\":3,\"expiresAt\":\"2001-01-01T00:00:00Z\"}"), 400);
        assertProblem(post("/admin/invite-codes", admin, "{\"uses\":3,\"expiresAt\":\"next week\"}"), 400);
        try (Response r = get("/admin/registration", admin)) {
            assertEquals("open", json(r).getString("mode"), "nothing changed");
        }
        try (Response response = get("/admin/audit?type=REGISTRATION_MODE_CHANGE&size=5", admin)) {
            assertEquals(200, response.getStatus());
        }
    }
}
