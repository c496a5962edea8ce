package dev.cvtailor.evidence.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.cvtailor.evidence.entity.PublicPage;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads a web page for the user (a job posting's address) through the {@link GuardedClient}, so under the
 * evidence links' rules, reading at most 2 MiB. A page that cannot be read is refused with the reason (422).
 */
@ApplicationScoped
public class PageFetcher {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    GuardedClient client;

    public PublicPage fetch(String url) {
        GuardedClient.Answer answer = client.request(url, false);
        if (answer.refusal() != null) {
            throw refused(answer.refusal().reason());
        }
        int status = answer.response().statusCode();
        if (status < 200 || status >= 300) {
            GuardedClient.close(answer.response());
            throw refused("the server answered " + status);
        }
        String type = answer.response().headers().firstValue("Content-Type").orElse("text/html");
        try (InputStream in = answer.response().body()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw refused("the page is larger than 2 MiB");
            }
            return new PublicPage(answer.uri().toString(), type, new String(bytes, charset(type)));
        } catch (IOException e) {
            throw refused("the page could not be read whole");
        }
    }

    private static Charset charset(String type) {
        int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(type.substring(at + 8).replace("\"", "").split(";")[0].strip());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static ApplicationProblem refused(String reason) {
        return new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE, "The page cannot be read: " + reason);
    }
}
