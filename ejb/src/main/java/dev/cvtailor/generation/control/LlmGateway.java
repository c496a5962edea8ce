package dev.cvtailor.generation.control;

import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import dev.cvtailor.generation.entity.LlmAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The one way to a language model. A failed call is retried up to {@code cvtailor.llm.retries} times (3) with
 * exponential backoff and jitter (0.5 s, 1 s, 2 s, each plus up to half again), unless the circuit is open; when
 * the primary model cannot answer, the fallback asks the backup model once (if one is configured), else says why
 * no model answered, and the caller writes the document with the template generator or fails it.
 */
@ApplicationScoped
public class LlmGateway {

    private static final Logger LOG = Logger.getLogger(LlmGateway.class.getName());

    @Inject
    LlmSettings settings;

    @Inject
    LlmAttempt attempt;

    @Inject
    LlmObserver observer;

    @Fallback(LlmGateway.Unavailable.class)
    public LlmAnswer write(LlmTask task) {
        RuntimeException last = null;
        for (int retry = 0; retry <= settings.retries(); retry++) {
            if (retry > 0) {
                pause(retry);
            }
            try {
                LlmAnswer answer = attempt.primary(task);
                observer.answered();
                return answer;
            } catch (CircuitBreakerOpenException open) {
                throw open;
            } catch (RuntimeException e) {
                last = e;
                observer.attemptFailed();
                int attemptNumber = retry + 1;
                LOG.warning(() -> "Language model call " + attemptNumber + " failed: " + e);
            }
        }
        throw last;
    }

    private void pause(int retry) {
        long base = settings.retryDelay().toMillis() << (retry - 1);
        long delay = base + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry the language model", e);
        }
    }

    /** The primary model could not answer: the backup model's answer, or why none came. */
    @Dependent
    public static class Unavailable implements FallbackHandler<LlmAnswer> {

        @Inject
        LlmSettings settings;

        @Inject
        LlmAttempt attempt;

        @Inject
        LlmObserver observer;

        @Override
        public LlmAnswer handle(ExecutionContext context) {
            Throwable failure = context.getFailure();
            String why = failure instanceof CircuitBreakerOpenException
                    ? "the language model failed repeatedly of late, so it is not being called for a while"
                    : "the language model did not answer (" + failure.getClass().getSimpleName() + ")";
            observer.failed(why, failure instanceof CircuitBreakerOpenException);
            if (settings.backup().isEmpty()) {
                return LlmAnswer.unavailable(why);
            }
            LlmTask task = (LlmTask) context.getParameters()[0];
            try {
                return attempt.backup(task);
            } catch (RuntimeException e) {
                return LlmAnswer.unavailable(why + "; the backup model did not answer either ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
    }
}
