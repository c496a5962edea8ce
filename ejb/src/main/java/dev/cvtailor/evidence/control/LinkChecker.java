package dev.cvtailor.evidence.control;

import java.io.IOException;
import java.io.InputStream;

import dev.cvtailor.evidence.entity.LinkCheck;
import dev.cvtailor.evidence.entity.ValidationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks that a link answers: {@code HEAD}, or {@code GET} when the server does not do {@code HEAD}, through the
 * {@link GuardedClient} (address rules on every hop, redirects, timeouts), reading at most 64 KiB of a body.
 */
@ApplicationScoped
public class LinkChecker {

    static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    GuardedClient client;

    public LinkCheck check(String url) {
        GuardedClient.Answer answer = client.request(url, true);
        if (answer.refusal() != null) {
            return answer.refusal();
        }
        int status = answer.response().statusCode();
        try (InputStream body = answer.response().body()) {
            body.readNBytes(MAX_BODY_BYTES);
        } catch (IOException e) {
            return LinkCheck.unreachable("the server broke off its answer");
        }
        return status >= 200 && status < 300
                ? new LinkCheck(ValidationStatus.VALID, status, null)
                : new LinkCheck(ValidationStatus.BROKEN, status, "the server answered " + status);
    }
}
