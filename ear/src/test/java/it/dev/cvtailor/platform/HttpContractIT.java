package it.dev.cvtailor.platform;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The HTTP taxonomy and headers every client can rely on. */
class HttpContractIT {

    private static String token;

    @BeforeAll
    static void aUser() {
        Api.awaitReady();
        token = Api.newUserToken("contract");
    }

    @Test
    void answersAWrongContentTypeWith415() {
        try (Response response = Api.request("/artifacts", token).post(Entity.entity("title=x", MediaType.TEXT_PLAIN))) {
            assertProblem(response, 415);
        }
    }

    @Test
    void answersAWrongMethodWith405AndSaysWhichAreAllowed() {
        try (Response response = Api.request("/auth/login", null).put(Entity.json("{}"))) {
            assertProblem(response, 405);
            assertNotNull(response.getHeaderString("Allow"));
        }
    }

    @Test
    void echoesASaneCorrelationIdAndReplacesAnInsaneOne() {
        try (Response response = Api.request("/me", token).header("X-Correlation-Id", "trace-1234abcd").get()) {
            assertEquals("trace-1234abcd", response.getHeaderString("X-Correlation-Id"));
        }
        try (Response response = Api.request("/nope", null).header("X-Correlation-Id", "<script>").get()) {
            String id = response.getHeaderString("X-Correlation-Id");
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
            assertEquals(id, Api.json(response).getString("correlationId"));
        }
    }

    @Test
    void refusesAnOversizedJsonBodyWith413() {
        String huge = "{\"kind\":\"PROJECT\",\"title\":\"x\",\"description\":\"" + "a".repeat(1_100_000) + "\"}";
        try (Response response = Api.post("/artifacts", token, huge)) {
            assertProblem(response, 413);
        }
    }

    @Test
    void allowsNoCrossOriginCallsByDefault() {
        try (Response response = Api.request("/me", null).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET").options()) {
            assertEquals(null, response.getHeaderString("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        try (Response response = Api.get("/me", token)) {
            assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
            assertTrue(response.getHeaderString("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("no-referrer", response.getHeaderString("Referrer-Policy"));
            assertEquals("no-store", response.getHeaderString("Cache-Control"));
        }
    }

    @Test
    void theUiIsNotFrameableAndItsSessionCookieIsHttpOnlyAndSameSite() {
        try (Response response = ClientBuilder.newClient().target(Api.BASE + "/login").request().get()) {
            assertEquals(200, response.getStatus());
            assertTrue(response.getHeaderString("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
            String cookie = String.join(" ", response.getStringHeaders().get("Set-Cookie"));
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        }
    }
}
