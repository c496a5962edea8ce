package it.dev.cvtailor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;

/**
 * A real Keycloak for the OIDC tests (keycloak profile): the unpacked keycloak-quarkus-dist, started once per test
 * JVM by ear/src/it/keycloak/keycloak-it.sh on it.keycloak.port with realm {@code cvtailor}
 * (ear/src/it/keycloak/cvtailor-realm.json), stopped when the JVM ends. The test server talks to it only when
 * someone signs in, so it may start after the server.
 */
public final class Keycloak {

    public static final String PASSWORD = "Correct-Horse-Battery-9";
    public static final String ISSUER = "http://localhost:" + port() + "/realms/cvtailor";
    private static final Client CLIENT = ClientBuilder.newClient();
    private static boolean started;

    private Keycloak() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        String home = System.getProperty("it.keycloak.home");
        try {
            Process process = new ProcessBuilder("bash", System.getProperty("it.keycloak.script"), "start", home,
                    System.getProperty("it.keycloak.realm"), String.valueOf(port()))
                    .redirectErrorStream(true).redirectOutput(Path.of(home, "keycloak-it-start.log").toFile()).start();
            if (!process.waitFor(420, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Keycloak did not start: "
                        + Files.readString(Path.of(home, "keycloak-it-start.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                new ProcessBuilder("bash", System.getProperty("it.keycloak.script"), "stop", home).start()
                        .waitFor(60, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                // the JVM is ending: nothing more to do
            }
        }));
    }

    /** A user's access token from Keycloak itself (password grant of the API client), as an API client would hold. */
    public static String accessToken(String user) {
        try (Response response = tokenRequest(user)) {
            String body = response.readEntity(String.class);
            assertEquals(200, response.getStatus(), body);
            return Api.parse(body).asJsonObject().getString("access_token");
        }
    }

    /** Keycloak's answer to a password grant for the user (e.g. refused for a disabled one). */
    public static Response tokenRequest(String user) {
        start();
        return CLIENT.target(ISSUER + "/protocol/openid-connect/token").request().post(Entity.form(new Form()
                .param("grant_type", "password").param("client_id", "cvtailor-api-client")
                .param("client_secret", "cvtailor-it-api-secret").param("username", user)
                .param("password", PASSWORD).param("scope", "openid profile email")));
    }

    private static int port() {
        return Integer.getInteger("it.keycloak.port", 8180);
    }
}
