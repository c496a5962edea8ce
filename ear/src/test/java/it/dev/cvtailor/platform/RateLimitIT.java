package it.dev.cvtailor.platform;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

/** The hourly budgets of API.md: 100 requests per user, 10 generations (CV and cover letter together). */
class RateLimitIT {

    static final String REQUEST = """
            {"jobDescription":"Data engineer: Python, SQL and Airflow.","candidate":{"name":"Grace Hopper"}}""";

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void the101stRequestInAnHourGets429WithRetryAfter() {
        String token = Api.newUserToken("busy");
        for (int i = 1; i <= 100; i++) {
            try (Response response = get("/me", token)) {
                assertEquals(200, response.getStatus(), "request " + i);
            }
        }
        try (Response response = get("/me", token)) {
            assertProblem(response, 429);
            long retryAfter = Long.parseLong(response.getHeaderString("Retry-After"));
            assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        }
        try (Response response = get("/me", Api.newUserToken("calm"))) {
            assertEquals(200, response.getStatus(), "the budget is per user");
        }
    }

    @Test
    void the11thGenerationInAnHourGets429() {
        String token = Api.newUserToken("prolific");
        for (int i = 1; i <= 10; i++) {
            try (Response response = post("/generate/cv", token, REQUEST)) {
                assertEquals(202, response.getStatus(), "generation " + i);
            }
        }
        try (Response response = post("/generate/cv", token, REQUEST)) {
            assertProblem(response, 429);
            assertTrue(Long.parseLong(response.getHeaderString("Retry-After")) > 0);
        }
    }
}
