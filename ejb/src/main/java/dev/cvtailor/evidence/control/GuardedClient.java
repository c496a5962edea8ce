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
 * The one way the server reaches an address a user gave (an evidence link, a job posting's page): redirects
 * followed by hand, at most five, each target admitted by the {@link AddressPolicy} before it is fetched, with
 * connect and request timeouts. The answer is the first response that is not a redirect, or why there is none.
 */
@ApplicationScoped
public class GuardedClient {

    static final int MAX_REDIRECTS = 5;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    AddressPolicy policy;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The final response (its body still to be read and closed by the caller), or the refusal instead. */
    public record Answer(URI uri, HttpResponse<InputStream> response, LinkCheck refusal) {

        static Answer refused(LinkCheck refusal) {
            return new Answer(null, null, refusal);
        }
    }

    /** A {@code GET}; with {@code headFirst} a {@code HEAD}, and a {@code GET} where the server does no HEAD. */
    public Answer request(String url, boolean headFirst) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Answer.refused(LinkCheck.rejected("not a valid URL"));
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Optional<LinkCheck> refusal = policy.refusal(uri);
            if (refusal.isPresent()) {
                return Answer.refused(refusal.get());
            }
            HttpResponse<InputStream> response;
            try {
                response = send(uri, headFirst ? "HEAD" : "GET");
                if (headFirst && (response.statusCode() == 405 || response.statusCode() == 501)) {
                    close(response);
                    response = send(uri, "GET");
                }
            } catch (HttpTimeoutException e) {
                return Answer.refused(LinkCheck.unreachable("the server did not answer in time"));
            } catch (IOException e) {
                return Answer.refused(LinkCheck.unreachable("the server could not be reached"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Answer.refused(LinkCheck.unreachable("the request was interrupted"));
            } catch (IllegalArgumentException e) {
                return Answer.refused(LinkCheck.rejected("not a valid URL"));
            }
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status < 300 || status >= 400 || location.isEmpty()) {
                return new Answer(uri, response, null);
            }
            close(response);
            try {
                uri = uri.resolve(new URI(location.get()));
            } catch (URISyntaxException e) {
                return Answer.refused(new LinkCheck(ValidationStatus.BROKEN, status,
                        "the server redirects to an invalid URL"));
            }
        }
        return Answer.refused(new LinkCheck(ValidationStatus.BROKEN, null, "too many redirects"));
    }

    private HttpResponse<InputStream> send(URI uri, String method) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(TIMEOUT)
                .header("User-Agent", "CVTailor/1.0")
                .build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Lets the connection go without reading the body. */
    static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the connection is released either way
        }
    }
}
