package dev.cvtailor.evidence.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import dev.cvtailor.evidence.entity.LinkCheck;
import dev.cvtailor.evidence.entity.PublicPage;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads a web page for the user (a job posting's address) under the evidence links' rules: every address and
 * every redirect target admitted by the {@link AddressPolicy} before it is fetched, at most five redirects,
 * timeouts, and at most 2 MiB read. Anything else is refused with a reason (422).
 */
@ApplicationScoped
public class PageFetcher {

    static final int MAX_REDIRECTS = 5;
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    AddressPolicy policy;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public PublicPage fetch(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("it is not a valid URL");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Optional<LinkCheck> refusal = policy.refusal(uri);
            if (refusal.isPresent()) {
                throw refused(refusal.get().reason());
            }
            HttpResponse<InputStream> response = get(uri);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                close(response);
                try {
                    uri = uri.resolve(new URI(location.get()));
                } catch (URISyntaxException e) {
                    throw refused("the server redirects to an invalid URL");
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response);
                throw refused("the server answered " + status);
            }
            String type = response.headers().firstValue("Content-Type").orElse("text/html");
            return new PublicPage(uri.toString(), type, body(response, type));
        }
        throw refused("it redirects too often");
    }

    private HttpResponse<InputStream> get(URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "CVTailor/1.0").header("Accept", "text/html,text/plain").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw refused("the server did not answer in time");
        } catch (IOException e) {
            throw refused("the server could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("the fetch was interrupted");
        } catch (IllegalArgumentException e) {
            throw refused("it is not a valid URL");
        }
    }

    private static String body(HttpResponse<InputStream> response, String type) {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw refused("the page is larger than 2 MiB");
            }
            return new String(bytes, charset(type));
        } catch (IOException e) {
            throw refused("the page could not be read whole");
        }
    }

    private static Charset charset(String type) {
        int at = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            try {
                return Charset.forName(type.substring(at + 8).replace("\"", "").split(";")[0].strip());
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the connection is let go either way
        }
    }

    private static ApplicationProblem refused(String reason) {
        return new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE, "The page cannot be read: " + reason);
    }
}
