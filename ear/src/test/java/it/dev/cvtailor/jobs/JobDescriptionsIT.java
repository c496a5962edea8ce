package it.dev.cvtailor.jobs;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

/** Job descriptions over HTTP: parsed once per text and user, with critical keywords that are really required. */
class JobDescriptionsIT {

    static final String POSTING = """
            Senior Backend Engineer at Acme Payments
            Location: Berlin

            REQUIREMENTS
            • 5+ years with Java and Spring Boot
            • PostgreSQL in production
            NICE TO HAVE
            • Kubernetes, Terraform
            """;

    static String token;

    @BeforeAll
    static void user() {
        Api.awaitReady();
        token = Api.newUserToken("recruited");
    }

    private static JsonObject submit(String text) {
        try (Response response = post("/job-descriptions", token,
                Json.createObjectBuilder().add("text", text).build().toString())) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
            assertTrue(response.getLocation().getPath().startsWith("/api/v1/job-descriptions/"));
            return json(response);
        }
    }

    private static Map<String, JsonObject> keywords(JsonObject jd) {
        return jd.getJsonArray("keywords").stream().map(JsonValue::asJsonObject).filter(k -> k.containsKey("skill"))
                .collect(Collectors.toMap(k -> k.getString("skill"), k -> k));
    }

    @Test
    void parsesAPostingIntoRequirementsAndWeightedKeywords() {
        JsonObject jd = submit(POSTING);
        assertEquals("Senior Backend Engineer", jd.getString("title"));
        assertEquals("Acme Payments", jd.getString("company"));
        assertEquals("senior", jd.getString("seniority"));
        assertEquals(5, jd.getInt("yearsOfExperience"));
        assertEquals(2, jd.getJsonObject("requirements").getJsonArray("mustHave").size());
        Map<String, JsonObject> keywords = keywords(jd);
        assertTrue(keywords.get("Java").getBoolean("critical"));
        assertTrue(keywords.get("Spring Boot").getBoolean("critical"));
        assertTrue(keywords.get("PostgreSQL").getBoolean("critical"));
        assertFalse(keywords.get("Kubernetes").getBoolean("critical"), "nice to have is never critical");
        assertFalse(keywords.get("Terraform").getBoolean("critical"));
        assertTrue(keywords.get("Java").getJsonNumber("weight").doubleValue()
                > keywords.get("Terraform").getJsonNumber("weight").doubleValue());
    }

    @Test
    void theSameTextGivesTheSameRow() {
        JsonObject first = submit(POSTING);
        JsonObject again = submit(POSTING.replace("\n", "\n\n"));
        assertEquals(first.getString("hash"), again.getString("hash"));
        assertEquals(first.getJsonNumber("id"), again.getJsonNumber("id"));
    }

    @Test
    void takesGoAsAVerbAndKnowsAPostingOfPlusesOnly() {
        assertFalse(keywords(submit("Sales lead. Go the extra mile and go beyond targets; excel at negotiation."))
                .containsKey("Go"));
        JsonObject pluses = submit("Nice to have: Rust, Terraform\nBonus: Kubernetes");
        assertFalse(keywords(pluses).isEmpty());
        assertTrue(keywords(pluses).values().stream().noneMatch(k -> k.getBoolean("critical")));
    }

    @Test
    void refusesAnEmptyOrHugePosting() {
        assertProblem(post("/job-descriptions", token, "{\"text\":\"   \"}"), 400);
        assertProblem(post("/job-descriptions", token,
                Json.createObjectBuilder().add("text", "Java developer. ".repeat(13_000)).build().toString()), 400);
        assertProblem(post("/job-descriptions", token, "{}"), 400);
    }

    @Test
    void anotherUserGets404() {
        JsonObject jd = submit(POSTING + "\nTeam: payments core");
        try (Response response = Api.get("/job-descriptions/" + jd.getJsonNumber("id"), Api.newUserToken("other"))) {
            assertProblem(response, 404);
        }
    }
}
