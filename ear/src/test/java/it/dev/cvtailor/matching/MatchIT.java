package it.dev.cvtailor.matching;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitStatus;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

/** The match report over HTTP: the score, each keyword's backing artifacts, the ranking and its explanation. */
class MatchIT {

    static final String POSTING = """
            Backend Engineer
            Requirements
            - Java and PostgreSQL in production
            - Apache Kafka
            Nice to have
            - Terraform
            """;

    static String token;
    static long payments;
    static long bakery;

    @BeforeAll
    static void artifacts() {
        Api.awaitReady();
        token = Api.newUserToken("matched");
        payments = create("{\"kind\":\"PROJECT\",\"title\":\"Payments API\",\"startedOn\":\"2023-01-01\","
                + "\"description\":\"Built the payments API in Java on PostgreSQL.\"}");
        bakery = create("{\"kind\":\"POSITION\",\"title\":\"Baker\",\"description\":\"Sourdough every morning.\"}");
    }

    private static long create(String json) {
        long id;
        try (Response created = post("/artifacts", token, json)) {
            id = json(created).getJsonNumber("id").longValue();
        }
        awaitStatus("/artifacts/" + id, token, "READY");
        return id;
    }

    private static JsonObject match(String body) {
        try (Response response = post("/match", token, body)) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return json(response);
        }
    }

    @Test
    void reportsWhatTheArtifactsBackAndWhatTheyCannot() {
        JsonObject report = match(Json.createObjectBuilder().add("jobDescription", POSTING).build().toString());
        Map<String, JsonObject> keywords = report.getJsonArray("keywords").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(k -> k.getString("term"), k -> k));
        assertTrue(keywords.get("Java").getBoolean("covered"));
        assertTrue(keywords.get("Java").getBoolean("critical"));
        assertEquals(List.of((int) payments), keywords.get("Java").getJsonArray("artifactIds").stream()
                .map(v -> Integer.parseInt(v.toString())).toList());
        assertFalse(keywords.get("Apache Kafka").getBoolean("covered"), "nobody showed Kafka: the user is told");
        int score = report.getInt("score");
        assertTrue(score > 0 && score < 100, () -> "score " + score);
        JsonObject first = report.getJsonArray("artifacts").getJsonObject(0);
        assertEquals(payments, first.getJsonNumber("id").longValue());
        assertTrue(first.getJsonArray("matchedKeywords").toString().contains("PostgreSQL"));
        assertTrue(first.getInt("score") > report.getJsonArray("artifacts").getJsonObject(1).getInt("score"));
    }

    @Test
    void matchesAStoredPostingAndOnlyWithinLabels() {
        long jd;
        try (Response created = post("/job-descriptions", token,
                Json.createObjectBuilder().add("text", POSTING).build().toString())) {
            jd = json(created).getJsonNumber("id").longValue();
        }
        long label;
        try (Response created = post("/labels", token, "{\"name\":\"kitchen\"}")) {
            label = json(created).getJsonNumber("id").longValue();
        }
        Api.request("/labels/" + label + "/artifacts", token)
                .put(jakarta.ws.rs.client.Entity.json("[" + bakery + "]")).close();
        JsonObject report = match("{\"jobDescriptionId\":" + jd + ",\"labelIds\":[" + label + "]}");
        assertEquals(1, report.getJsonArray("artifacts").size());
        assertEquals(bakery, report.getJsonArray("artifacts").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, report.getInt("score"), "the baker's artifacts back none of it");
    }

    @Test
    void refusesWhatCannotBeMatchedAndHidesOtherUsersPostings() {
        assertProblem(post("/match", token, "{}"), 400);
        assertProblem(post("/match", token, "{\"jobDescription\":\"  \"}"), 400);
        assertProblem(post("/match", token, "{\"jobDescription\":\"Java\",\"labelIds\":[null]}"), 400);
        long theirs;
        String other = Api.newUserToken("other");
        try (Response created = post("/job-descriptions", other, "{\"text\":\"Secret posting: Java\"}")) {
            theirs = json(created).getJsonNumber("id").longValue();
        }
        assertProblem(post("/match", token, "{\"jobDescriptionId\":" + theirs + "}"), 404);
        assertProblem(post("/match", other, "{\"jobDescription\":\"Java\",\"labelIds\":[999999]}"), 404);
    }
}
