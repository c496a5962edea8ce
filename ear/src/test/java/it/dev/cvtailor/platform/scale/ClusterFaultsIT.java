package it.dev.cvtailor.platform.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.github.tomakehurst.wiremock.WireMockServer;

import it.dev.cvtailor.generation.ChatCompletions;
import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.scale.Cluster.Seeker;
import jakarta.ws.rs.core.Response;

/**
 * Faults a cluster lives through: the broker restarted while generations wait in its queue, and a server killed
 * while it writes documents. Nothing is lost, nothing is written twice, nothing stays stuck.
 */
@ExtendWith(TheCluster.class)
class ClusterFaultsIT {

    @Test
    void restartingTheBrokerWithGenerationsQueuedLosesNoneAndWritesNoneTwice(Cluster cluster) {
        Seeker seeker = Cluster.seekerWithAPosition(cluster.a, "broker-restart");
        cluster.model.resetRequests();
        cluster.modelWritesFor(seeker, 2_000);
        List<Long> ids = Cluster.requestCvs(seeker, 8, "restart", cluster.a, cluster.b);
        // four being written (two consumers on each server), four waiting in the queue
        awaitModelCalls(cluster.model, 4);
        cluster.broker.restart();

        Cluster.awaitReadyStatus(cluster.a, seeker, ids, Duration.ofMinutes(3));
        for (long id : ids) {
            List<Node> writers = cluster.finishedOn(id);
            assertEquals(1, writers.size(), () -> "document " + id + " was finished by " + writers);
        }
        try (Response documents = cluster.b.get("/documents", seeker.token())) {
            assertEquals(ids.size(), Api.parse(documents.readEntity(String.class)).asJsonArray().size(),
                    "no document was made twice");
        }
        // both servers queue new work on the restarted broker
        Cluster.awaitReadyStatus(cluster.b, seeker, Cluster.requestCvs(seeker, 2, "after restart", cluster.a, cluster.b),
                Duration.ofMinutes(1));
    }

    @Test
    void aServerKilledWhileWritingDocumentsLeavesNoneStuck(Cluster cluster) {
        Seeker seeker = Cluster.seekerWithAPosition(cluster.b, "server-crash");
        cluster.model.resetRequests();
        cluster.modelWritesFor(seeker, 15_000);
        List<Long> ids = Cluster.requestCvs(seeker, 4, "crash", cluster.b);
        // four documents being written by four consumers: two of them on server a, which dies mid-way
        awaitModelCalls(cluster.model, 4);
        cluster.a.kill();
        cluster.modelWritesFor(seeker, 0);
        Process restart = cluster.a.launch();

        // the killed server's documents are started again by the stall recovery (a second of three attempts)
        Cluster.awaitReadyStatus(cluster.b, seeker, ids, Duration.ofMinutes(4));
        assertTrue(ids.stream().anyMatch(id -> cluster.nodes().stream().flatMap(node -> node.messages().stream())
                .anyMatch(message -> message.equals("Queued stalled document " + id + " again"))),
                "the killed server's documents were recovered by the stall timer");
        Node.await(restart, Duration.ofMinutes(3));
        cluster.a.awaitReady();
    }

    private static void awaitModelCalls(WireMockServer model, int count) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (model.findAll(postRequestedFor(urlEqualTo(ChatCompletions.PATH))).size() < count) {
            assertTrue(Instant.now().isBefore(deadline), "the consumers did not call the model " + count + " times");
            Cluster.pause(Duration.ofMillis(200));
        }
    }
}
