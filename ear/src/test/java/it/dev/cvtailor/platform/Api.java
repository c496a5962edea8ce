package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The integration tests' view of the running server: real HTTP through the JAX-RS client. Each test makes
 * its own users (unique emails), so tests neither depend on each other nor on a fresh database.
 */
public final class Api {

    public static final String BASE = System.getProperty("it.base.url", "http://localhost:9080");
    public static final String API = BASE + "/api/v1";
    public static final String PASSWORD = "a long enough passphrase";

    private static final Client CLIENT = ClientBuilder.newBuilder()
            .connectTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
            .readTimeout(60, java.util.concurrent.TimeUnit.SECONDS)
            .property(org.glassfish.jersey.client.HttpUrlConnectorProvider.SET_METHOD_WORKAROUND, true) // PATCH
            .build();
    private static volatile boolean ready;
    private static volatile String notReady;

    private Api() {
    }

    /** Waits until the server reports ready: liberty:start may return before the application is up. */
    public static void awaitReady() {
        if (ready) {
            return;
        }
        if (notReady != null) {
            fail(notReady);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try (Response response = CLIENT.target(BASE + "/health/ready").request().get()) {
                last = response.getStatus() + " " + response.readEntity(String.class);
                if (response.getStatus() == 200) {
                    ready = true;
                    return;
                }
            } catch (RuntimeException e) {
                last = e.toString();
            }
            sleep(Duration.ofSeconds(1));
        }
        notReady = "The server did not become ready: " + last;
        fail(notReady);
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    /** Registers a new user and signs in: its bearer token. */
    public static String newUserToken(String who) {
        String email = uniqueEmail(who);
        try (Response registered = post("/auth/register", null, credentials(email, PASSWORD))) {
            assertEquals(201, registered.getStatus(), () -> registered.readEntity(String.class));
        }
        try (Response login = post("/auth/login", null, credentials(email, PASSWORD))) {
            assertEquals(200, login.getStatus());
            return json(login).getString("token");
        }
    }

    public static String credentials(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    }

    public static Invocation.Builder request(String path, String token) {
        return requestTo(API, path, token);
    }

    /** A request to the API at {@code api} (another server's "http://host:port/api/v1"). */
    public static Invocation.Builder requestTo(String api, String path, String token) {
        Invocation.Builder builder = CLIENT.target(api + path).request();
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public static Response get(String path, String token) {
        return request(path, token).get();
    }

    public static Response post(String path, String token, String json) {
        return request(path, token).post(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    public static JsonObject json(Response response) {
        return (JsonObject) parse(response.readEntity(String.class));
    }

    public static JsonStructure parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    /** Asserts an RFC 9457 problem with this status, and returns its body. */
    public static JsonObject assertProblem(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        assertEquals("application/problem+json", response.getMediaType().toString(), body);
        JsonObject problem = (JsonObject) parse(body);
        assertEquals(status, problem.getInt("status"));
        if (!problem.containsKey("type") || !problem.containsKey("title") || !problem.containsKey("correlationId")) {
            fail("Not a complete problem: " + body);
        }
        if (body.contains("at dev.cvtailor") || body.contains("Exception")) {
            fail("The problem shows internals: " + body);
        }
        return problem;
    }

    /** Polls until the resource's status is one of the final ones, and returns it. */
    /** Waits until the artifact or document at the path is processed, and asserts it ended READY (the body says why not). */
    public static JsonObject awaitReadyStatus(String path, String token) {
        JsonObject finished = awaitStatus(path, token, "READY", "FAILED");
        assertEquals("READY", finished.getString("status"), () -> path + " ended " + finished);
        return finished;
    }

    public static JsonObject awaitStatus(String path, String token, String... finalStatuses) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Response response = get(path, token)) {
                assertEquals(200, response.getStatus());
                last = json(response);
            }
            for (String status : finalStatuses) {
                if (status.equals(last.getString("status"))) {
                    return last;
                }
            }
            sleep(Duration.ofMillis(400));
        }
        return fail("Still not in " + String.join("/", finalStatuses) + ": " + last);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
