package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
            String document = response.readEntity(String.class);
            for (String path : List.of("/v1/generate/cv", "/v1/import/cv", "/v1/import/linkedin", "/v1/imports/{id}",
                    "/v1/imports/{id}/confirm", "/v1/applications", "/v1/applications/{id}/status",
                    "/v1/applications/{id}/documents", "/v1/applications/{id}/sent/{sentId}", "/v1/applications.csv",
                    "/v1/applications/import", "/v1/admin/features/{key}", "/v1/admin/registration",
                    "/v1/admin/invite-codes", "/v1/admin/retention/purge", "/v1/admin/retention/export-counts",
                    "/v1/admin/timer-jobs")) {
                assertTrue(document.contains(path + ":"), path + " is in the OpenAPI document");
            }
        }
    }

    @Test
    void unknownRoutesAnswer404AsAProblem() {
        try (Response response = Api.get("/no-such-thing", null)) {
            Api.assertProblem(response, 404);
        }
    }
}
