package it.dev.cvtailor.platform.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One Liberty server of the scale-out tests, driven through Liberty's own {@code server} script: started,
 * killed as a crash would (SIGKILL), and read through its HTTP API and its logs.
 */
final class Node {

    private final String name;
    private final int httpPort;
    private final int httpsPort;
    private final String baseUrl;
    private final Path wlp;

    /** The server {@code name} under {@code wlp}, to listen on "httpPort,httpsPort". */
    Node(String name, String ports, Path wlp) {
        this.name = name;
        String[] both = ports.split(",");
        this.httpPort = Integer.parseInt(both[0]);
        this.httpsPort = Integer.parseInt(both[1]);
        this.baseUrl = "http://localhost:" + httpPort;
        this.wlp = wlp;
    }

    String name() {
        return name;
    }

    /** Launches the server (returns once Liberty's kernel is up; see {@link #awaitReady()}). */
    Process launch() {
        ProcessBuilder server = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolve("usr/servers/" + name + "-launch.log")
                        .toFile()));
        server.environment().put("HTTP_PORT", Integer.toString(httpPort));
        server.environment().put("HTTPS_PORT", Integer.toString(httpsPort));
        try {
            return server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start() {
        await(launch(), Duration.ofMinutes(3));
        awaitReady();
    }

    void stop() {
        try {
            await(new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start(), Duration.ofMinutes(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the server's JVM at once, mid-work, as a crash or an OOM killer would. */
    void kill() {
        ProcessHandle process = pid().flatMap(ProcessHandle::of)
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    private Optional<Long> pid() {
        Path file = wlp.resolve("usr/servers/.pid/" + name + ".pid");
        try {
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void await(Process process, Duration atMost) {
        try {
            if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Still running after " + atMost + ": " + process.info().commandLine().orElse("a process"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try (Response response = Api.requestTo(baseUrl, "/health/ready", null).get()) {
                last = response.getStatus() + " " + response.readEntity(String.class);
                if (response.getStatus() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e.toString();
            }
            Cluster.pause(Duration.ofSeconds(1));
        }
        fail(name + " did not become ready: " + last);
    }

    Response get(String path, String token) {
        return Api.requestTo(baseUrl + "/api/v1", path, token).get();
    }

    Response post(String path, String token, String json) {
        return Api.requestTo(baseUrl + "/api/v1", path, token).post(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    Response put(String path, String token, String json) {
        return Api.requestTo(baseUrl + "/api/v1", path, token).put(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    /** The installation's first admin (scale.env), signed in here. */
    String adminToken() {
        try (Response login = post("/auth/login", null, Api.credentials(System.getProperty("it.admin.email"),
                System.getProperty("it.admin.password")))) {
            assertEquals(200, login.getStatus(), () -> login.readEntity(String.class));
            return Api.json(login).getString("token");
        }
    }

    /** Registers a user here and signs in here: the bearer token. */
    String newUserToken(String who) {
        String email = Api.uniqueEmail(who);
        try (Response registered = post("/auth/register", null, Api.credentials(email, Api.PASSWORD))) {
            assertEquals(201, registered.getStatus(), () -> registered.readEntity(String.class));
        }
        try (Response login = post("/auth/login", null, Api.credentials(email, Api.PASSWORD))) {
            assertEquals(200, login.getStatus());
            return Api.json(login).getString("token");
        }
    }

    /** The messages of messages.log (Liberty's JSON, one record per line). */
    List<String> messages() {
        return lines("messages.log").stream().filter(line -> line.startsWith("{"))
                .map(line -> ((JsonObject) Api.parse(line)).getString("message", ""))
                .toList();
    }

    /** The lines of trace.log, where the FINE records of the components named in LOG_TRACE_SPECIFICATION go. */
    List<String> trace() {
        return lines("trace.log");
    }

    private List<String> lines(String log) {
        Path file = wlp.resolve("usr/servers/" + name + "/logs/" + log);
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
