package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;

class HealthIT {

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void reportsTheDatabaseAndTheBrokerUp() {
        try (Response response = ClientBuilder.newClient().target(Api.BASE + "/health").request().get()) {
            assertEquals(200, response.getStatus());
            JsonObject health = Api.json(response);
            assertEquals("UP", health.getString("status"));
            String checks = health.getJsonArray("checks").toString();
            assertTrue(checks.contains("\"database\"") && checks.contains("\"broker\""), checks);
            String expected = "postgres".equals(System.getProperty("it.db.kind")) ? "PostgreSQL" : "H2";
            assertTrue(checks.contains(expected), "runs on " + expected + ": " + checks);
        }
        try (Response started = ClientBuilder.newClient().target(Api.BASE + "/health/started").request().get()) {
            assertEquals(200, started.getStatus());
            assertTrue(Api.json(started).getJsonArray("checks").toString().contains("\"schema\""),
                    "started once the schema is up to date");
        }
    }

    @Test
    void servesTheOpenApiDocument() {
        try (Response response = ClientBuilder.newClient().target(Api.BASE + "/openapi").request().get()) {
            assertEquals(200, response.getStatus());
            assertTrue(response.readEntity(String.class).contains("/v1/generate/cv"));
        }
    }

    @Test
    void unknownRoutesAnswer404AsAProblem() {
        try (Response response = Api.get("/no-such-thing", null)) {
            Api.assertProblem(response, 404);
        }
    }
}
