package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin that the test server creates at start from ADMIN_EMAIL / ADMIN_PASSWORD. */
public final class Admin {

    private Admin() {
    }

    public static String token() {
        try (Response login = Api.post("/auth/login", null, Api.credentials(System.getProperty("it.admin.email"),
                System.getProperty("it.admin.password")))) {
            assertEquals(200, login.getStatus(), "the configured admin can sign in");
            return Api.json(login).getString("token");
        }
    }

    /** An admin and their email. */
    public record Person(String token, String email) {
    }

    /**
     * An admin of the calling test's own, promoted by the configured one: a budget of requests of its own (100 an
     * hour, as every user's), so that a class that calls admin endpoints often leaves the configured admin's budget
     * to the classes that run after it.
     */
    public static Person fresh(String who) {
        String email = Api.uniqueEmail(who);
        try (Response registered = Api.post("/auth/register", null, Api.credentials(email, Api.PASSWORD))) {
            assertEquals(201, registered.getStatus(), () -> registered.readEntity(String.class));
        }
        long id;
        try (Response login = Api.post("/auth/login", null, Api.credentials(email, Api.PASSWORD))) {
            id = Long.parseLong(Tokens.claimsOf(Api.json(login).getString("token")).getSubject());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try (Response promoted = patchUser(token(), id, "{\"role\":\"admin\"}")) {
            assertEquals(200, promoted.getStatus(), () -> promoted.readEntity(String.class));
        }
        try (Response login = Api.post("/auth/login", null, Api.credentials(email, Api.PASSWORD))) {
            assertEquals(200, login.getStatus());
            return new Person(Api.json(login).getString("token"), email);
        }
    }

    public static Response patchUser(String adminToken, long userId, String json) {
        return Api.request("/admin/users/" + userId, adminToken)
                .method("PATCH", Entity.entity(json, MediaType.APPLICATION_JSON));
    }
}
