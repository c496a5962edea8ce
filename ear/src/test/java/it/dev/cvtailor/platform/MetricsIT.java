package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;

/** What operators scrape from /metrics (Prometheus' text format): requests, the work waiting, generation, limits. */
class MetricsIT {

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    /** One series of /metrics: the metric's name and the labels that pick it. */
    record Series(String name, String... labels) {

        /** Its value in the scrape (0 where it is not served yet). */
        double in(String metrics) {
            return value(metrics, name, labels).orElse(0);
        }

        boolean servedIn(String metrics) {
            return value(metrics, name, labels).isPresent();
        }

        @Override
        public String toString() {
            return name + Arrays.toString(labels);
        }
    }

    static final Series READY_DOCUMENTS = new Series("cvtailor_documents", "state=\"READY\"");
    static final Series READY_ARTIFACTS = new Series("cvtailor_artifacts", "state=\"READY\"");
    static final Series TEMPLATE_RATINGS = new Series("cvtailor_document_rating_count", "generator=\"template\"");
    static final Series TEMPLATE_CV_TIMES = new Series("cvtailor_generation_duration_seconds_count",
            "generator=\"template\"", "kind=\"cv\"", "outcome=\"ready\"");

    @Test
    void showsRequestsTheWorkByStateGenerationTimesAndRatings() {
        String before = scrape();
        String token = Api.newUserToken("measured");
        long artifact;
        try (Response created = Api.post("/artifacts", token, """
                {"kind":"PROJECT","title":"Metrics pipeline","summary":"Built metrics dashboards in Grafana.",
                 "stack":["Prometheus","Grafana"]}""")) {
            assertEquals(202, created.getStatus(), () -> created.readEntity(String.class));
            artifact = Api.json(created).getJsonNumber("id").longValue();
        }
        Api.awaitReadyStatus("/artifacts/" + artifact, token);
        long document;
        try (Response accepted = Api.post("/generate/cv", token, """
                {"jobDescription":"SRE\\nWe run Prometheus and Grafana.","candidate":{"name":"Ada Lovelace"}}""")) {
            assertEquals(202, accepted.getStatus(), () -> accepted.readEntity(String.class));
            document = Api.json(accepted).getJsonNumber("id").longValue();
        }
        JsonObject written = Api.awaitReadyStatus("/documents/" + document, token);
        assertEquals("template", written.getString("generator"), written::toString);
        try (Response rated = Api.post("/documents/" + document + "/rating", token, "{\"score\":5}")) {
            assertEquals(204, rated.getStatus(), () -> rated.readEntity(String.class));
        }

        // other tests feed the same series (and a scrape's gauges may be seconds old): what this test added shows
        awaitGrowth(before, TEMPLATE_RATINGS, "ratings by generator");
        awaitGrowth(before, READY_DOCUMENTS, "documents by state");
        awaitGrowth(before, READY_ARTIFACTS, "artifacts by state");
        String metrics = awaitGrowth(before, TEMPLATE_CV_TIMES, "generation time by kind and generator");
        assertTrue(value(metrics, "cvtailor_evidence_links", "status=\"VALID\"").isPresent(), "evidence health");
        assertTrue(value(metrics, "cvtailor_document_rating_average", "generator=\"template\"").orElse(0) > 0);
        assertTrue(value(metrics, "cvtailor_llm_circuit_open").isPresent(), "the language model's circuit");
        assertTrue(value(metrics, "cvtailor_llm_calls_total", "outcome=\"refused\"").isPresent(), "model calls");
        assertTrue(value(metrics, "cvtailor_queue_messages", "queue=\"GenerationQueue\"").isPresent(), "queue depth");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_request_duration_seconds")
                && l.contains("http_route=\"/api/v1/generate/cv\"")), "request latency per endpoint");
        for (String file : new String[] {"prometheus-alerts.yml", "grafana-dashboard.json"}) {
            assertServed(metrics, OPERATIONS.resolve(file));
        }
    }

    static final java.nio.file.Path OPERATIONS = java.nio.file.Path.of(System.getProperty("it.operations.dir",
            "../docs/operations"));

    /** Every metric the shipped alerts and dashboard name is one the server serves. */
    static void assertServed(String metrics, java.nio.file.Path file) {
        String text;
        try {
            text = java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Set<String> named = java.util.regex.Pattern
                .compile("\\b(?:cvtailor|http_server|memory|connectionpool|session)_[A-Za-z_]+").matcher(text)
                .results().map(java.util.regex.MatchResult::group).collect(java.util.stream.Collectors.toSet());
        assertTrue(named.size() > 5, file + " names metrics");
        for (String name : named) {
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " ")),
                    file.getFileName() + " names " + name + ", which /metrics does not serve");
        }
    }

    static final Series GENERATION_REJECTIONS = new Series("cvtailor_rate_limit_rejections_total",
            "bucket=\"generation\"");

    @Test
    void countsRequestsRefusedForASpentBudget() {
        String scrapedBefore = scrape();
        assertTrue(GENERATION_REJECTIONS.servedIn(scrapedBefore), "the series exists before any refusal");
        double before = GENERATION_REJECTIONS.in(scrapedBefore);
        String token = Api.newUserToken("greedy");
        int refused = 0;
        for (int i = 0; i < 12 && refused == 0; i++) {
            try (Response response = Api.post("/generate/cv", token, """
                    {"jobDescription":"Anything\\nJava.","candidate":{"name":"Ada Lovelace"}}""")) {
                refused += response.getStatus() == 429 ? 1 : 0;
            }
        }
        assertEquals(1, refused, "the budget ran out");
        String metrics = awaitGrowth(scrapedBefore, GENERATION_REJECTIONS, "the refusal counted");
        assertEquals(before + 1, GENERATION_REJECTIONS.in(metrics), "only requests are refused: one, this test's");
    }

    static String scrape() {
        try (Response response = ClientBuilder.newClient().target(Api.BASE + "/metrics").request().get()) {
            assertEquals(200, response.getStatus(), "no credentials needed by default");
            return response.readEntity(String.class);
        }
    }

    /** Scrapes until the series has grown by at least one since the scrape {@code before}; the scrape showing it. */
    static String awaitGrowth(String before, Series series, String what) {
        double from = series.in(before);
        return awaitMetrics(what + ": " + series + " above " + from, metrics -> series.in(metrics) >= from + 1);
    }

    /** Scrapes until the condition holds (gauges are read from the database every few seconds). */
    static String awaitMetrics(String expected, Predicate<String> condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        String metrics = scrape();
        while (!condition.test(metrics)) {
            if (Instant.now().isAfter(until)) {
                fail("/metrics never showed " + expected + ":\n" + metrics.lines()
                        .filter(l -> l.startsWith("cvtailor")).reduce("", (a, b) -> a + b + "\n"));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            metrics = scrape();
        }
        return metrics;
    }

    /** The value of the first sample of the metric carrying every given label. */
    static OptionalDouble value(String metrics, String name, String... labels) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

}
