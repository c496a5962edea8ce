package it.dev.cvtailor.accounts;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.credentials;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

class SessionsAndAdminIT {

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void logoutRevokesTheTokenButNotTheAccount() {
        String email = Api.uniqueEmail("leaver");
        post("/auth/register", null, credentials(email, Api.PASSWORD)).close();
        String first = login(email);
        String second = login(email);
        try (Response response = post("/auth/logout", first, "")) {
            assertEquals(204, response.getStatus());
        }
        try (Response response = get("/me", first)) {
            assertProblem(response, 401);
        }
        try (Response response = get("/me", second)) {
            assertEquals(200, response.getStatus(), "only the signed-out token is refused");
        }
    }

    @Test
    void theConfiguredAdminManagesUsersAndAUserCannot() throws Exception {
        String admin = Admin.token();
        long usersBefore = userCount(admin);
        String email = Api.uniqueEmail("managed");
        post("/auth/register", null, credentials(email, Api.PASSWORD)).close();
        String userToken = login(email);
        long userId = Long.parseLong(Tokens.claimsOf(userToken).getSubject());

        try (Response response = get("/admin/users", userToken)) {
            assertProblem(response, 403);
        }
        assertEquals(usersBefore + 1, userCount(admin), "only registrations add users: this test's one");
        String part = email.substring(0, email.indexOf('@')).toUpperCase(java.util.Locale.ROOT);
        try (Response response = get("/admin/users?q=" + part, admin)) {
            jakarta.json.JsonObject found = json(response);
            assertEquals(1, found.getJsonNumber("total").longValue(), "the search ignores case: " + found);
            assertEquals(email, found.getJsonArray("items").getJsonObject(0).getString("email"));
        }
        try (Response response = get("/admin/users?q=%25", admin)) {
            assertEquals(0, json(response).getJsonNumber("total").longValue(), "a % is a character, not a wildcard");
        }

        try (Response response = Admin.patchUser(admin, userId, "{\"enabled\":false}")) {
            assertEquals(200, response.getStatus());
            assertFalse(json(response).getBoolean("enabled"));
        }
        try (Response response = get("/me", userToken)) {
            assertProblem(response, 401);
        }
        try (Response response = post("/auth/login", null, credentials(email, Api.PASSWORD))) {
            assertProblem(response, 401);
        }

        try (Response response = Admin.patchUser(admin, userId, "{\"enabled\":true,\"role\":\"admin\"}")) {
            assertEquals("admin", json(response).getString("role"));
        }
        String promoted = login(email);
        try (Response response = get("/admin/features", promoted)) {
            assertEquals(200, response.getStatus());
            assertTrue(response.readEntity(jakarta.json.JsonArray.class).stream().map(f -> f.asJsonObject())
                    .anyMatch(f -> f.getString("key").equals("cv_generation") && f.getBoolean("enabled")));
        }
        try (Response response = Admin.patchUser(admin, userId, "{\"role\":\"user\"}")) {
            assertEquals("user", json(response).getString("role"));
        }
        try (Response response = get("/admin/users", promoted)) {
            assertProblem(response, 401);
        }
        try (Response response = Admin.patchUser(admin, userId, "{\"role\":\"emperor\"}")) {
            assertProblem(response, 400);
        }
        try (Response response = Admin.patchUser(admin, Long.MAX_VALUE, "{\"enabled\":true}")) {
            assertProblem(response, 404);
        }
    }

    @Test
    void auditsSignInsRoleChangesAndFailuresWithoutSecrets() throws Exception {
        String admin = Admin.token();
        String email = Api.uniqueEmail("audited");
        post("/auth/register", null, credentials(email, Api.PASSWORD)).close();
        String token = login(email);
        long userId = Long.parseLong(Tokens.claimsOf(token).getSubject());
        post("/auth/login", null, credentials(email, "not the password at all")).close();
        Admin.patchUser(admin, userId, "{\"role\":\"admin\"}").close();

        String trail;
        try (Response response = get("/admin/audit?userId=" + userId + "&size=100", admin)) {
            assertEquals(200, response.getStatus());
            trail = json(response).getJsonArray("items").toString();
        }
        assertTrue(trail.contains("\"REGISTRATION\"") && trail.contains("\"LOGIN\""), trail);
        assertTrue(trail.contains("\"FAILURE\"") && trail.contains("\"SUCCESS\""), trail);
        assertFalse(trail.contains(Api.PASSWORD) || trail.contains(token), "no secrets in the trail");
        try (Response response = get("/admin/audit?type=ROLE_CHANGE&size=100", admin)) {
            JsonObject promotion = json(response).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(item -> item.toString().contains("user " + userId + " is now admin")).findFirst()
                    .orElseThrow(() -> new AssertionError("no role change of user " + userId));
            assertNotNull(promotion.getString("correlationId"), promotion::toString);
        }
        try (Response response = get("/admin/audit?type=NOPE", admin)) {
            assertProblem(response, 400);
        }
    }

    @Test
    void blocksAnAccountAfterRepeatedWrongPasswords() {
        String email = Api.uniqueEmail("guessed");
        post("/auth/register", null, credentials(email, Api.PASSWORD)).close();
        for (int i = 0; i < 5; i++) {
            try (Response response = post("/auth/login", null, credentials(email, "wrong guess number " + i))) {
                assertProblem(response, 401);
            }
        }
        try (Response response = post("/auth/login", null, credentials(email, Api.PASSWORD))) {
            assertProblem(response, 429);
            assertTrue(Integer.parseInt(response.getHeaderString("Retry-After")) > 0);
        }
    }

    @Test
    void refusesCommonAndShortPasswords() {
        for (String weak : new String[] {"password1234!", "qwertyuiop12", "short pass"}) {
            try (Response response = post("/auth/register", null, credentials(Api.uniqueEmail("weak"), weak))) {
                assertTrue(assertProblem(response, 400).getJsonArray("errors").toString().contains("password"), weak);
            }
        }
    }

    /** How many users the installation has, as admins see it. */
    private static long userCount(String admin) {
        try (Response response = get("/admin/users", admin)) {
            assertEquals(200, response.getStatus());
            return json(response).getJsonNumber("total").longValue();
        }
    }

    private static String login(String email) {
        try (Response response = post("/auth/login", null, credentials(email, Api.PASSWORD))) {
            assertEquals(200, response.getStatus());
            return json(response).getString("token");
        }
    }
}
