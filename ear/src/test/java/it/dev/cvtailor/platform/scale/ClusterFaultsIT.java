package it.dev.cvtailor.platform.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static it.dev.cvtailor.generation.ChatCompletions.answering;
import static it.dev.cvtailor.generation.ChatCompletions.cvDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.dev.cvtailor.generation.ChatCompletions;
import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * Faults a cluster lives through: the broker restarted while generations wait in its queue, and a server killed
 * while it writes documents. Nothing is lost, nothing is written twice, nothing stays stuck.
 */
@ExtendWith(TheCluster.class)
class ClusterFaultsIT {

    static Cluster cluster;

    @BeforeAll
    static void up(Cluster running) {
        cluster = running;
    }

    @Test
    void restartingTheBrokerWithGenerationsQueuedLosesNoneAndWritesNoneTwice() {
        String[] user = Cluster.userWithAPosition(cluster.a, "broker-restart");
        cluster.model.resetRequests();
        cluster.model.stubFor(answering(cvDraft(user[1], "Built the settlement service in Java.", "Java"), 2_000));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(Cluster.requestCv(i % 2 == 0 ? cluster.a : cluster.b, user[0], "restart " + i));
        }
        // four being written (two consumers on each server), four waiting in the queue
        awaitModelCalls(4);
        cluster.broker.restart();

        Map<Long, JsonObject> finished = Cluster.awaitFinished(cluster.a, user[0], "/documents/", ids,
                Duration.ofMinutes(3));
        finished.forEach((id, document) -> assertEquals("READY", document.getString("status"), document::toString));
        for (long id : ids) {
            List<String> lines = cluster.finishLines(id);
            assertEquals(1, lines.size(), () -> "document " + id + " was finished " + lines);
        }
        try (Response documents = cluster.b.get("/documents", user[0])) {
            assertEquals(ids.size(), Api.parse(documents.readEntity(String.class)).asJsonArray().size(),
                    "no document was made twice");
        }
        // both servers queue new work on the restarted broker
        List<Long> after = List.of(Cluster.requestCv(cluster.a, user[0], "after restart a"),
                Cluster.requestCv(cluster.b, user[0], "after restart b"));
        Cluster.awaitFinished(cluster.b, user[0], "/documents/", after, Duration.ofMinutes(1))
                .forEach((id, document) -> assertEquals("READY", document.getString("status"), document::toString));
    }

    @Test
    void aServerKilledWhileWritingDocumentsLeavesNoneStuck() {
        String[] user = Cluster.userWithAPosition(cluster.b, "server-crash");
        cluster.model.resetRequests();
        cluster.model.stubFor(answering(cvDraft(user[1], "Built the settlement service in Java.", "Java"), 15_000));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(Cluster.requestCv(cluster.b, user[0], "crash " + i));
        }
        // four documents being written by four consumers: two of them on server a, which dies mid-way
        awaitModelCalls(4);
        cluster.a.kill();
        cluster.model.stubFor(answering(cvDraft(user[1], "Built the settlement service in Java.", "Java")));
        Process restart = cluster.a.launch();

        Map<Long, JsonObject> finished = Cluster.awaitFinished(cluster.b, user[0], "/documents/", ids,
                Duration.ofMinutes(4));
        finished.forEach((id, document) -> {
            if (document.getString("status").equals("FAILED")) {
                assertFalse(document.getString("failureReason", "").isBlank(), document::toString);
            }
        });
        assertTrue(ids.stream().anyMatch(id -> cluster.nodes().stream().flatMap(node -> node.messages().stream())
                .anyMatch(message -> message.equals("Queued stalled document " + id + " again"))),
                "the killed server's documents were recovered by the stall timer");
        Node.await(restart, Duration.ofMinutes(3));
        cluster.a.awaitReady();
    }

    private static void awaitModelCalls(int count) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (cluster.model.findAll(postRequestedFor(urlEqualTo(ChatCompletions.PATH))).size() < count) {
            assertTrue(Instant.now().isBefore(deadline), "the consumers did not call the model " + count + " times");
            Cluster.pause(Duration.ofMillis(200));
        }
    }
}
