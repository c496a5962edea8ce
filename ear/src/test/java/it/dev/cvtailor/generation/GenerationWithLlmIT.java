package it.dev.cvtailor.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static it.dev.cvtailor.generation.ChatCompletions.answering;
import static it.dev.cvtailor.generation.ChatCompletions.cvDraft;
import static it.dev.cvtailor.platform.Api.awaitReadyStatus;
import static it.dev.cvtailor.platform.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.github.tomakehurst.wiremock.WireMockServer;

import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * The language-model path end to end: the server (configured in ear/src/it/liberty/server.env) calls an
 * OpenAI-compatible server played by WireMock over real HTTP. Good answers, lies the verifier strips, an identical
 * request answered from the earlier result, then failures: malformed JSON, 500s, slow answers (each retried, then
 * the template generator), the circuit opening (no more calls) and closing again. The steps depend on the circuit's
 * state, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerationWithLlmIT {

    static final int PORT = Integer.getInteger("it.llm.port", 8090);
    static final String POSITION = """
            {"kind":"POSITION","title":"Payments platform","role":"Senior Backend Engineer","organisation":"Acme Bank",
             "startedOn":"2019-03-01","description":"Built the settlement service in Java on PostgreSQL, cutting batch time by 40%. Mentored 3 engineers.",
             "skills":["Java","PostgreSQL"]}""";
    static final String POSTING = """
            Backend Engineer at Globex
            Requirements:
            - Java and PostgreSQL
            - Kubernetes
            """;

    /**
     * The circuit's delay in server.env: long enough that the open circuit is still open when the next document is
     * asked for on a busy machine (at 2 s, a clean CI run saw the trial call let through).
     */
    static final long CIRCUIT_DELAY_MS = 6_000;

    static WireMockServer llm;

    @BeforeAll
    static void theModel() throws InterruptedException {
        Api.awaitReady();
        llm = new WireMockServer(options().bindAddress("127.0.0.1").port(PORT));
        llm.start();
        // other tests ran without a model: its circuit may be open; after its delay a call is let through
        Thread.sleep(CIRCUIT_DELAY_MS + 500);
    }

    @AfterAll
    static void stopTheModel() {
        if (llm != null) {
            llm.stop();
        }
    }

    /** A user with one ready position; returns its token and the artifact's id. */
    private static String[] user(String name) {
        String token = Api.newUserToken(name);
        long id;
        try (Response created = Api.post("/artifacts", token, POSITION)) {
            id = json(created).getJsonNumber("id").longValue();
        }
        awaitReadyStatus("/artifacts/" + id, token);
        return new String[] {token, Long.toString(id)};
    }

    /** Asks for a document and waits for it: READY whatever the model does (the template generator stands in). */
    private static JsonObject generate(String token, String kind) {
        String body = Json.createObjectBuilder().add("jobDescription", POSTING)
                .add("candidate", Json.createObjectBuilder().add("name", "Ada Lovelace")).build().toString();
        long id;
        try (Response accepted = Api.post("/generate/" + kind, token, body)) {
            assertEquals(202, accepted.getStatus(), () -> accepted.readEntity(String.class));
            id = json(accepted).getJsonNumber("id").longValue();
        }
        JsonObject document = awaitReadyStatus("/documents/" + id, token);
        return document;
    }

    private static int calls() {
        return llm.findAll(postRequestedFor(urlEqualTo(ChatCompletions.PATH))).size();
    }

    @Test
    @Order(1)
    void writesTheCvWithTheModelAndRecordsItsTokens() {
        String[] ada = user("llm-good");
        llm.resetAll();
        llm.stubFor(answering(cvDraft(ada[1], "Built the settlement service in Java on PostgreSQL, cutting batch"
                + " time by 40%.", "Java", "PostgreSQL")));
        JsonObject cv = generate(ada[0], "cv");
        assertEquals("llm", cv.getString("generator"), cv::toString);
        assertTrue(cv.getString("generatorNote").contains("gpt-it"), cv.getString("generatorNote"));
        assertEquals(812, cv.getInt("inputTokens"));
        assertEquals(143, cv.getInt("outputTokens"));
        assertTrue(cv.getString("text").contains("cutting batch time by 40%"), cv.getString("text"));
        JsonObject entry = cv.getJsonObject("content").getJsonArray("experience").getJsonObject(0);
        assertEquals("Acme Bank", entry.getString("organisation"), "facts come from the artifact");
        llm.verify(postRequestedFor(urlEqualTo(ChatCompletions.PATH))
                .withHeader("Authorization", equalTo("Bearer it-key"))
                .withRequestBody(containing("<posting>"))
                .withRequestBody(containing("cutting batch time by 40%")));

        JsonObject again = generate(ada[0], "cv");
        assertEquals("llm", again.getString("generator"));
        assertTrue(again.getString("generatorNote").startsWith("Reused"), again.getString("generatorNote"));
        assertEquals(1, calls(), "an identical request does not call the model again");
    }

    @Test
    @Order(2)
    void stripsTheSkillAndTheMetricTheModelInvented() {
        String[] ada = user("llm-liar");
        llm.resetAll();
        llm.stubFor(answering(cvDraft(ada[1], "Cut cloud costs by 90% with Kubernetes.", "Java", "Kubernetes",
                "Rust")));
        JsonObject cv = generate(ada[0], "cv");
        assertEquals("llm", cv.getString("generator"), cv::toString);
        String text = cv.getString("text");
        assertFalse(text.contains("90%") || text.contains("Kubernetes") || text.contains("Rust"), text);
        JsonObject coverage = cv.getJsonObject("keywordCoverage");
        assertTrue(coverage.getJsonArray("unsupported").isEmpty());
        assertTrue(coverage.getJsonArray("removed").toString().contains("Kubernetes"), coverage::toString);
        assertTrue(coverage.getJsonArray("covered").toString().contains("PostgreSQL"),
                "a critical keyword the user backs is worked back in: " + coverage);
    }

    @Test
    @Order(3)
    void retriesAMalformedAnswerThenWritesWithTheTemplates() {
        String[] ada = user("llm-malformed");
        llm.resetAll();
        llm.stubFor(answering("Sure! Here is your CV: {\"summary\": "));
        JsonObject cv = generate(ada[0], "cv");
        assertEquals("template", cv.getString("generator"), cv::toString);
        assertTrue(cv.getString("generatorNote").contains("did not answer"), cv.getString("generatorNote"));
        assertEquals(4, calls(), "one call and three retries");
    }

    @Test
    @Order(4)
    void retriesServerErrorsThenWritesWithTheTemplates() {
        String[] ada = user("llm-500");
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(ChatCompletions.PATH)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));
        JsonObject letter = generate(ada[0], "cover-letter");
        assertEquals("template", letter.getString("generator"));
        assertEquals(4, calls());
    }

    @Test
    @Order(5)
    void givesUpOnASlowModelAndThenStopsCallingIt() {
        String[] ada = user("llm-slow");
        String other = user("llm-open")[0];
        llm.resetAll();
        llm.stubFor(answering(cvDraft(ada[1], "Mentored 3 engineers.", "Java"), 4_000));
        JsonObject slow = generate(ada[0], "cv");
        assertEquals("template", slow.getString("generator"), slow::toString);
        // by now most of the last 12 calls failed: the circuit is open and the model is not called at all
        int before = calls();
        JsonObject next = generate(other, "cover-letter");
        assertEquals("template", next.getString("generator"));
        assertTrue(next.getString("generatorNote").contains("not being called"), next.getString("generatorNote"));
        assertEquals(before, calls(), "an open circuit spares the model");
        assertEquals("open", llmHealth().getJsonObject("data").getString("circuit"));
    }

    /** The "llm" check of /health/ready. */
    private static JsonObject llmHealth() {
        jakarta.ws.rs.client.Client client = jakarta.ws.rs.client.ClientBuilder.newClient();
        try (Response response = client.target(Api.BASE + "/health/ready").request().get()) {
            return Api.parse(response.readEntity(String.class)).asJsonObject().getJsonArray("checks").stream()
                    .map(c -> c.asJsonObject()).filter(c -> "llm".equals(c.getString("name"))).findFirst()
                    .orElseThrow();
        } finally {
            client.close();
        }
    }

    @Test
    @Order(6)
    void callsTheModelAgainOnceTheCircuitCloses() throws InterruptedException {
        String[] ada = user("llm-back");
        llm.resetAll();
        llm.stubFor(answering(cvDraft(ada[1], "Mentored 3 engineers.", "Java")));
        Thread.sleep(CIRCUIT_DELAY_MS + 500);
        JsonObject cv = generate(ada[0], "cv");
        assertEquals("llm", cv.getString("generator"), cv::toString);
        JsonObject health = llmHealth();
        assertEquals("UP", health.getString("status"));
        assertEquals("closed", health.getJsonObject("data").getString("circuit"));
        assertEquals("openai gpt-it", health.getJsonObject("data").getString("model"));
    }
}
