package it.dev.cvtailor.accounts;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.credentials;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static it.dev.cvtailor.platform.Api.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

class AccountsIT {

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void registersThenSignsInWithA24HourRs256Token() {
        String email = uniqueEmail("ada");
        try (Response registered = post("/auth/register", null, credentials(email, Api.PASSWORD))) {
            assertEquals(201, registered.getStatus());
            JsonObject account = json(registered);
            assertEquals(email, account.getString("email"));
            assertEquals("user", account.getString("role"));
        }
        try (Response login = post("/auth/login", null, credentials(email.toUpperCase(), Api.PASSWORD))) {
            assertEquals(200, login.getStatus());
            JsonObject body = json(login);
            String token = body.getString("token");
            String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
            assertTrue(header.contains("\"RS256\""), header);
            Duration lifetime = Duration.between(Instant.now(), Instant.parse(body.getString("expiresAt")));
            assertTrue(lifetime.compareTo(Duration.ofHours(23)) > 0 && lifetime.compareTo(Duration.ofHours(25)) < 0,
                    lifetime::toString);
            try (Response me = get("/me", token)) {
                assertEquals(200, me.getStatus());
                assertEquals(email, json(me).getString("email"));
            }
        }
    }

    @Test
    void refusesASecondAccountForTheSameEmail() {
        String email = uniqueEmail("twice");
        post("/auth/register", null, credentials(email, Api.PASSWORD)).close();
        try (Response again = post("/auth/register", null, credentials(email, Api.PASSWORD))) {
            assertProblem(again, 409);
        }
    }

    @Test
    void namesTheFieldsOfABadRegistration() {
        try (Response response = post("/auth/register", null, credentials("not-an-email", "short"))) {
            JsonObject problem = assertProblem(response, 400);
            String errors = problem.getJsonArray("errors").toString();
            assertTrue(errors.contains("\"email\"") && errors.contains("\"password\""), errors);
        }
    }

    @Test
    void answersWrongPasswordAndUnknownEmailAlike() {
        String email = uniqueEmail("grace");
        post("/auth/register", null, credentials(email, Api.PASSWORD)).close();
        JsonObject wrongPassword;
        JsonObject unknownEmail;
        try (Response response = post("/auth/login", null, credentials(email, "a wrong passphrase here"))) {
            wrongPassword = assertProblem(response, 401);
        }
        try (Response response = post("/auth/login", null, credentials(uniqueEmail("nobody"), Api.PASSWORD))) {
            unknownEmail = assertProblem(response, 401);
        }
        assertEquals(wrongPassword.getString("detail"), unknownEmail.getString("detail"));
        assertEquals(wrongPassword.getString("type"), unknownEmail.getString("type"));
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        try (Response response = get("/me", null)) {
            assertProblem(response, 401);
        }
        try (Response response = get("/artifacts", "not.a.token")) {
            assertProblem(response, 401);
        }
    }

    @Test
    void rejectsMalformedJsonWithAProblem() {
        try (Response response = post("/auth/register", null, "{\"email\": ")) {
            assertProblem(response, 400);
        }
    }
}
