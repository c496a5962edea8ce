package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One correlation id tells a document's story: the caller's id comes back on the response and in problem+json,
 * travels in the work message, and marks the JSON log records of the request and of the consumer that wrote it.
 */
class CorrelatedLogsIT {

    static final Path MESSAGES = Path.of(System.getProperty("it.server.logs", "target/liberty/wlp/usr/servers"
            + "/cvtailor-it/logs")).resolve("messages.log");

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void followsADocumentFromTheRequestToTheConsumerThatWroteIt() throws Exception {
        String token = Api.newUserToken("traced");
        String correlation = "it-" + UUID.randomUUID();
        long document;
        try (Response accepted = Api.request("/generate/cv", token).header("X-Correlation-Id", correlation)
                .post(Entity.entity("""
                        {"jobDescription":"Archivist\\nWe need Python.","candidate":{"name":"Ada Lovelace"}}""",
                        MediaType.APPLICATION_JSON))) {
            assertEquals(202, accepted.getStatus());
            assertEquals(correlation, accepted.getHeaderString("X-Correlation-Id"));
            document = Api.json(accepted).getJsonNumber("id").longValue();
        }
        Api.awaitReadyStatus("/documents/" + document, token);

        List<JsonObject> records = awaitRecords(correlation, 2, r -> true);
        JsonObject queued = records.stream().filter(r -> r.getString("message", "").contains("Queued document " + document))
                .findFirst().orElseThrow(() -> new AssertionError("no request record: " + records));
        JsonObject finished = records.stream().filter(r -> r.getString("message", "").startsWith("Document " + document))
                .findFirst().orElseThrow(() -> new AssertionError("no consumer record: " + records));
        assertNotEquals(queued.get("ibm_threadId"), finished.get("ibm_threadId"), "two threads, one story");
        assertEquals("dev.cvtailor.generation.control.GenerationMetrics", finished.getString("module"));

        try (Response missing = Api.request("/documents/999999999", token).header("X-Correlation-Id", correlation)
                .get()) {
            assertEquals(correlation, Api.assertProblem(missing, 404).getString("correlationId"));
        }
    }

    /** The JSON records of messages.log with the correlation id (and the filter), once there are {@code count}. */
    static List<JsonObject> awaitRecords(String correlation, int count, java.util.function.Predicate<JsonObject> which)
            throws IOException, InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<JsonObject> found = Files.readAllLines(MESSAGES).stream()
                    .filter(line -> line.startsWith("{") && line.contains(correlation))
                    .map(CorrelatedLogsIT::parse)
                    .filter(r -> correlation.equals(r.getString("ext_correlationId", null)))
                    .filter(which)
                    .toList();
            if (found.size() >= count || Instant.now().isAfter(until)) {
                assertTrue(found.size() >= count, "records with " + correlation + " in " + MESSAGES + ": " + found);
                return found;
            }
            Thread.sleep(500);
        }
    }

    private static JsonObject parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            return Json.createObjectBuilder().build();
        }
    }
}
