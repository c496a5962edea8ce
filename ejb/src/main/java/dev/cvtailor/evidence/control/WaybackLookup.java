package dev.cvtailor.evidence.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Asks the Wayback Machine's availability API ({@code GET {base}/wayback/available?url=...}) for the closest
 * archived copy of a page. Off unless {@code cvtailor.evidence.wayback.base-url} names the service (e.g.
 * {@code https://archive.org}); an intranet installation leaves it off. Any failure means "no copy".
 */
@ApplicationScoped
public class WaybackLookup {

    private static final Logger LOG = Logger.getLogger(WaybackLookup.class.getName());
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    @Inject
    @ConfigProperty(name = "cvtailor.evidence.wayback.base-url", defaultValue = " ")
    String baseUrl;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public boolean isOn() {
        return !baseUrl.isBlank();
    }

    public Optional<String> archivedCopy(String url) {
        if (!isOn()) {
            return Optional.empty();
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.strip().replaceFirst("/$", "")
                    + "/wayback/available?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "CVTailor-LinkCheck/1.0")
                    .build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_ANSWER_BYTES) {
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(new StringReader(
                    new String(response.body(), StandardCharsets.UTF_8)))) {
                JsonObject snapshots = reader.readObject().getJsonObject("archived_snapshots");
                JsonObject closest = snapshots == null ? null : snapshots.getJsonObject("closest");
                if (closest == null || !closest.getBoolean("available", false)) {
                    return Optional.empty();
                }
                String copy = closest.getString("url", "");
                String scheme = copy.toLowerCase(Locale.ROOT);
                return scheme.startsWith("https://") || scheme.startsWith("http://") ? Optional.of(copy)
                        : Optional.empty();
            }
        } catch (IOException | JsonException | ClassCastException | IllegalArgumentException e) {
            LOG.fine(() -> "No archived copy found: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
