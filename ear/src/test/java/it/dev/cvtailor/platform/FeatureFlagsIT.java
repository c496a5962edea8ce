package it.dev.cvtailor.platform;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.applications.ApplicationsIT;
import it.dev.cvtailor.artifacts.TestFiles;
import it.dev.cvtailor.imports.ImportIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * Runtime feature flags over HTTP: an admin switches a flag in the database, a refused request gets the 403
 * problem naming it, an invited beta lets in only its allow-lists, bad changes are 400/404, only admins may
 * change them, and every change is in the audit trail. Each test puts the flag it moved back as it was.
 */
public class FeatureFlagsIT {

    private static String admin;

    @BeforeAll
    static void ready() {
        Api.awaitReady();
        admin = Admin.fresh("flags-admin").token();
    }

    @AfterEach
    void everythingOnAgain() {
        for (String key : new String[] {"cv_import", "application_tracker"}) {
            try (Response r = put(key, "{\"enabled\":true,\"percentage\":100,\"organisations\":[],\"users\":[]}", admin)) {
                assertEquals(200, r.getStatus());
            }
        }
    }

    static Response put(String key, String json, String token) {
        return Api.request("/admin/features/" + key, token).put(Entity.json(json));
    }

    private static JsonObject flag(String key) {
        try (Response response = get("/admin/features", admin)) {
            assertEquals(200, response.getStatus());
            JsonArray flags = response.readEntity(JsonArray.class);
            return flags.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("key").equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("no flag " + key + " in " + flags));
        }
    }

    private static long idOf(String token) throws Exception {
        return Long.parseLong(Tokens.claimsOf(token).getSubject());
    }

    @Test
    void listsEveryFlagWithItsRolloutAndWhereItComesFrom() {
        try (Response response = get("/admin/features", admin)) {
            Set<String> keys = response.readEntity(JsonArray.class).stream()
                    .map(f -> f.asJsonObject().getString("key")).collect(Collectors.toSet());
            assertTrue(keys.containsAll(Set.of("artifact_upload", "cv_generation", "cover_letter", "export_pdf",
                    "export_docx", "reviews", "cv_import", "application_tracker", "llm_generation")), keys::toString);
        }
        JsonObject reviews = flag("reviews");
        assertTrue(reviews.getBoolean("enabled"));
        assertEquals(100, reviews.getInt("percentage"));
    }

    @Test
    void aFlagSwitchedOffRefusesWithTheProblemThatNamesIt() {
        String user = Api.newUserToken("flagged");
        try (Response r = put("application_tracker", "{\"enabled\":false}", admin)) {
            assertEquals(200, r.getStatus());
            assertEquals(false, json(r).getBoolean("enabled"));
            assertEquals("admin", flag("application_tracker").getString("source"));
        }
        try (Response refused = Api.post("/applications", user, "{\"company\":\"Acme\",\"role\":\"Engineer\"}")) {
            JsonObject problem = assertProblem(refused, 403);
            assertTrue(problem.getString("detail").contains("application_tracker"), problem::toString);
        }
        try (Response r = put("application_tracker", "{\"enabled\":true}", admin)) {
            assertEquals(200, r.getStatus());
        }
        try (Response created = Api.post("/applications", user, "{\"company\":\"Acme\",\"role\":\"Engineer\"}")) {
            assertEquals(201, created.getStatus(), "on again at once on the replica that was told");
        }
    }

    @Test
    void aReminderWaitsWhileTheTrackerIsOffAndArrivesOnceItIsOnAgain() {
        String user = Api.newUserToken("flag-nudged");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        try (Response created = Api.post("/applications", user,
                "{\"company\":\"Initech\",\"role\":\"Analyst\",\"followUpOn\":\"" + today + "\"}")) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        }
        try (Response r = put("application_tracker", "{\"enabled\":false}", admin)) {
            assertEquals(200, r.getStatus());
        }
        runReminders();
        assertTrue(ApplicationsIT.notifications(user).stream().noneMatch(n -> n.contains("Initech")), "no nudge while it is off");
        try (Response r = put("application_tracker", "{\"enabled\":true}", admin)) {
            assertEquals(200, r.getStatus());
        }
        runReminders();
        assertEquals(1, ApplicationsIT.notifications(user).stream().filter(n -> n.contains("Initech")).count(),
                "the nudge that waited arrives once");
    }

    private static void runReminders() {
        try (Response run = Api.post("/admin/applications/reminders", admin, "")) {
            assertEquals(200, run.getStatus(), () -> run.readEntity(String.class));
        }
    }

    @Test
    void anInvitedBetaLetsInItsAllowListedUsersOnly() throws Exception {
        String invited = Api.newUserToken("beta-invited");
        String other = Api.newUserToken("beta-other");
        try (Response r = put("cv_import", "{\"enabled\":true,\"percentage\":0,\"users\":[" + idOf(invited) + "]}", admin)) {
            assertEquals(200, r.getStatus());
            assertEquals(0, json(r).getInt("percentage"));
        }
        try (Response accepted = ImportIT.upload("/import/cv", invited, "cv.pdf", TestFiles.pdf(1, ImportIT.CV))) {
            assertEquals(202, accepted.getStatus());
        }
        try (Response refused = ImportIT.upload("/import/cv", other, "cv.pdf", TestFiles.pdf(1, ImportIT.CV))) {
            assertTrue(assertProblem(refused, 403).getString("detail").contains("cv_import"));
        }
    }

    @Test
    void refusesBadChangesAndNonAdmins() {
        assertProblem(put("cv_import", "{\"percentage\":101}", admin), 400);
        assertProblem(put("cv_import", "{}", admin), 400);
        assertProblem(put("no_such_flag", "{\"enabled\":false}", admin), 404);
        assertProblem(put("cv_import", "{\"enabled\":false}", Api.newUserToken("not-admin")), 403);
        assertTrue(flag("cv_import").getBoolean("enabled"), "nothing changed");
    }

    @Test
    void auditsEveryChange() {
        try (Response r = put("application_tracker", "{\"enabled\":true,\"percentage\":40}", admin)) {
            assertEquals(200, r.getStatus());
        }
        try (Response response = get("/admin/audit?type=FEATURE_CHANGE&size=20", admin)) {
            String trail = json(response).getJsonArray("items").toString();
            assertTrue(trail.contains("application_tracker: on 100% → on 40%"), trail);
        }
    }
}
