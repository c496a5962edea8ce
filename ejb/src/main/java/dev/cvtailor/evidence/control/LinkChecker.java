package dev.cvtailor.evidence.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import dev.cvtailor.evidence.entity.LinkCheck;
import dev.cvtailor.evidence.entity.ValidationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks that a link answers: {@code HEAD}, or {@code GET} when the server does not do {@code HEAD}, with
 * timeouts, at most five redirects (each target admitted by the {@link AddressPolicy} before it is fetched)
 * and at most 64 KiB read from a body.
 */
@ApplicationScoped
public class LinkChecker {

    static final int MAX_REDIRECTS = 5;
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    AddressPolicy policy;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public LinkCheck check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return LinkCheck.rejected("not a valid URL");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Optional<LinkCheck> refusal = policy.refusal(uri);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            int status;
            Optional<String> location;
            try {
                HttpResponse<InputStream> response = send(uri, "HEAD");
                if (response.statusCode() == 405 || response.statusCode() == 501) {
                    response = send(uri, "GET");
                }
                status = response.statusCode();
                location = response.headers().firstValue("Location");
                drain(response.body());
            } catch (HttpTimeoutException e) {
                return LinkCheck.unreachable("the server did not answer in time");
            } catch (IOException e) {
                return LinkCheck.unreachable("the server could not be reached");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return LinkCheck.unreachable("the check was interrupted");
            } catch (IllegalArgumentException e) {
                return LinkCheck.rejected("not a valid URL");
            }
            if (status >= 300 && status < 400 && location.isPresent()) {
                try {
                    uri = uri.resolve(new URI(location.get()));
                } catch (URISyntaxException e) {
                    return new LinkCheck(ValidationStatus.BROKEN, status, "the server redirects to an invalid URL");
                }
                continue;
            }
            return status >= 200 && status < 300
                    ? new LinkCheck(ValidationStatus.VALID, status, null)
                    : new LinkCheck(ValidationStatus.BROKEN, status, "the server answered " + status);
        }
        return new LinkCheck(ValidationStatus.BROKEN, null, "too many redirects");
    }

    private HttpResponse<InputStream> send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(TIMEOUT)
                .header("User-Agent", "CVTailor-LinkCheck/1.0")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Reads at most the body cap, then lets the connection go. */
    private static void drain(InputStream body) throws IOException {
        try (body) {
            body.readNBytes(MAX_BODY_BYTES);
        }
    }
}
