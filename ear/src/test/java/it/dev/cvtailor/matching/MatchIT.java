package it.dev.cvtailor.matching;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
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

import com.github.tomakehurst.wiremock.WireMockServer;

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
    void countsAnArtifactsValidatedEvidence() throws InterruptedException {
        WireMockServer web = new WireMockServer(options().bindAddress("127.0.0.1")
                .port(Integer.getInteger("it.wiremock.port", 8089)));
        web.start();
        try {
            web.stubFor(head(urlEqualTo("/match-proof")).willReturn(aResponse().withStatus(200)));
            String prover = Api.newUserToken("proven");
            long proven;
            try (Response created = post("/artifacts", prover, "{\"kind\":\"PROJECT\",\"title\":\"Ledger\","
                    + "\"description\":\"A ledger in Java.\",\"evidenceLinks\":[{\"url\":\"http://127.0.0.1:" + web.port()
                    + "/match-proof\"}]}")) {
                proven = json(created).getJsonNumber("id").longValue();
            }
            for (int attempt = 0; attempt < 60 && !"VALID".equals(linkStatus(prover, proven)); attempt++) {
                Thread.sleep(500);
            }
            assertEquals("VALID", linkStatus(prover, proven));
            try (Response response = post("/match", prover,
                    Json.createObjectBuilder().add("jobDescription", POSTING).build().toString())) {
                JsonObject ranked = json(response).getJsonArray("artifacts").getJsonObject(0);
                assertEquals(proven, ranked.getJsonNumber("id").longValue());
                assertEquals(1, ranked.getInt("validEvidence"), ranked::toString);
            }
        } finally {
            web.stop();
        }
    }

    /** The status of the artifact's first link once it is ready, else null. */
    private static String linkStatus(String owner, long artifactId) {
        try (Response response = Api.get("/artifacts/" + artifactId, owner)) {
            JsonObject artifact = json(response);
            return "READY".equals(artifact.getString("status"))
                    ? artifact.getJsonArray("evidenceLinks").getJsonObject(0).getString("validationStatus") : null;
        }
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
