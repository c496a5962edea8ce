package it.dev.cvtailor.platform.scale;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static it.dev.cvtailor.generation.ChatCompletions.answering;
import static it.dev.cvtailor.generation.ChatCompletions.cvDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;

import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * Two Liberty servers from the same EAR (cvtailor-scale-a and -b, made by the scale-out profile) sharing one
 * PostgreSQL database, one external Artemis broker and one key pair, plus the stand-in language model they call.
 * Started once for all the scale-out tests (see {@link TheCluster}) and stopped after them.
 */
final class Cluster implements AutoCloseable {

    static final String POSITION = """
            {"kind":"POSITION","title":"Payments platform","role":"Senior Backend Engineer","organisation":"Acme Bank",
             "startedOn":"2019-03-01","description":"Built the settlement service in Java on PostgreSQL.",
             "skills":["Java","PostgreSQL"]}""";

    final Node a;
    final Node b;
    final Broker broker;
    final WireMockServer model;

    private Cluster() {
        Path wlp = Path.of(System.getProperty("it.scale.wlp"));
        Path work = Path.of(System.getProperty("it.scale.work"));
        a = new Node("cvtailor-scale-a", System.getProperty("it.scale.a.ports"), wlp);
        b = new Node("cvtailor-scale-b", System.getProperty("it.scale.b.ports"), wlp);
        broker = new Broker(Path.of(System.getProperty("it.scale.artemis.home")), work.resolve("broker"),
                Integer.getInteger("it.scale.broker.port"));
        model = new WireMockServer(options().bindAddress("127.0.0.1").port(Integer.getInteger("it.scale.llm.port")));
    }

    static Cluster start() {
        Cluster cluster = new Cluster();
        try {
            cluster.up();
            return cluster;
        } catch (IOException e) {
            cluster.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void up() throws IOException {
        writeSharedKeyPair(Path.of(System.getProperty("it.scale.work"), "keys"));
        model.start();
        broker.create();
        broker.start();
        // both at once, as replicas start: Liquibase's lock and the timers' store sort them out
        Process launchA = a.launch();
        Process launchB = b.launch();
        Node.await(launchA, Duration.ofMinutes(3));
        Node.await(launchB, Duration.ofMinutes(3));
        a.awaitReady();
        b.awaitReady();
    }

    /** The replicas' one JWT key pair, as an operator mounts it from a secret. */
    private static void writeSharedKeyPair(Path keys) throws IOException {
        if (Files.exists(keys.resolve("jwt-private.pem"))) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(keys);
            Files.writeString(keys.resolve("jwt-private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(keys.resolve("jwt-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Override
    public void close() {
        Stream.of(a, b).parallel().forEach(node -> {
            try {
                node.stop();
            } catch (RuntimeException | AssertionError e) {
                System.err.println("Could not stop " + node + ": " + e);
            }
        });
        broker.stop();
        if (model.isRunning()) {
            model.stop();
        }
    }

    List<Node> nodes() {
        return List.of(a, b);
    }

    /** A job seeker of the tests: signed in, with one ready position that the model's drafts cite. */
    record Seeker(String token, long positionId) {
    }

    /** A new user, signed in on {@code node}, with one ready position. */
    static Seeker seekerWithAPosition(Node node, String who) {
        String token = node.newUserToken(who);
        long id;
        try (Response created = node.post("/artifacts", token, POSITION)) {
            assertEquals(202, created.getStatus(), () -> created.readEntity(String.class));
            id = Api.json(created).getJsonNumber("id").longValue();
        }
        JsonObject position = awaitFinished(node, token, "/artifacts/", List.of(id), Duration.ofMinutes(1)).get(id);
        assertEquals("READY", position.getString("status"), position::toString);
        return new Seeker(token, id);
    }

    /** From now on the model answers every call, after {@code delayMillis}, with a CV draft citing the position. */
    void modelWritesFor(Seeker seeker, int delayMillis) {
        model.stubFor(answering(cvDraft(Long.toString(seeker.positionId()), "Built the settlement service in Java.",
                "Java"), delayMillis));
    }

    /**
     * Asks for {@code count} CVs, of the nodes in turn, each for a posting of its own (so that no earlier answer of
     * the model is reused): their ids.
     */
    static List<Long> requestCvs(Seeker seeker, int count, String label, Node... nodes) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = Json.createObjectBuilder()
                    .add("jobDescription", "Backend Engineer at Globex (" + label + " " + i + ")\nRequirements:\n"
                            + "- Java and PostgreSQL")
                    .add("candidate", Json.createObjectBuilder().add("name", "Ada Lovelace")).build().toString();
            try (Response accepted = nodes[i % nodes.length].post("/generate/cv", seeker.token(), body)) {
                assertEquals(202, accepted.getStatus(), () -> accepted.readEntity(String.class));
                ids.add(Api.json(accepted).getJsonNumber("id").longValue());
            }
        }
        return ids;
    }

    /** Waits until every one of the documents is finished, and asserts that each is READY. */
    static void awaitReadyStatus(Node node, Seeker seeker, List<Long> ids, Duration atMost) {
        awaitFinished(node, seeker.token(), "/documents/", ids, atMost)
                .forEach((id, document) -> assertEquals("READY", document.getString("status"), document::toString));
    }

    /** Waits until every resource under {@code path} is READY or FAILED; returns each by id. */
    static Map<Long, JsonObject> awaitFinished(Node node, String token, String path, List<Long> ids, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        Map<Long, JsonObject> finished = new HashMap<>();
        List<String> open = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            open.clear();
            for (long id : ids) {
                if (finished.containsKey(id)) {
                    continue;
                }
                try (Response response = node.get(path + id, token)) {
                    JsonObject resource = Api.json(response);
                    String status = resource.getString("status", "?");
                    if (status.equals("READY") || status.equals("FAILED")) {
                        finished.put(id, resource);
                    } else {
                        open.add(id + ":" + status);
                    }
                } catch (RuntimeException e) {
                    open.add(id + ": " + e.getMessage());
                }
            }
            if (open.isEmpty()) {
                return finished;
            }
            pause(Duration.ofSeconds(1));
        }
        return fail("Not finished after " + atMost + ": " + open);
    }

    /** The servers whose log says they finished the document ("Document 12 (cv) ready by ..."), once per line. */
    List<Node> finishedOn(long documentId) {
        String prefix = "Document " + documentId + " (";
        return nodes().stream().flatMap(node -> node.messages().stream()
                .filter(message -> message.startsWith(prefix)).map(message -> node)).toList();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
