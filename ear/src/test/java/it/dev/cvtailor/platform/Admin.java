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

    public static Response patchUser(String adminToken, long userId, String json) {
        return Api.request("/admin/users/" + userId, adminToken)
                .method("PATCH", Entity.entity(json, MediaType.APPLICATION_JSON));
    }
}
