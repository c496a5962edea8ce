package dev.cvtailor.generation.control;

import java.time.Instant;

import dev.cvtailor.generation.entity.LlmState;
import dev.cvtailor.generation.entity.LlmState.Circuit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Remembers how the language model's calls went on this server, for health and the admins: MicroProfile Fault
 * Tolerance does not say whether a circuit is open, but a call refused with CircuitBreakerOpenException does.
 */
@ApplicationScoped
public class LlmObserver {

    @Inject
    LlmSettings settings;

    @Inject
    GenerationMetrics metrics;

    private volatile Circuit circuit = Circuit.CLOSED;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;

    void answered() {
        circuit = Circuit.CLOSED;
        metrics.llmCall("answered");
    }

    /** One call failed (it may be retried). */
    void attemptFailed() {
        metrics.llmCall("failed");
    }

    /** The model could not answer after the retries, or the open circuit refused the call. */
    void failed(String why, boolean circuitOpen) {
        lastFailureAt = Instant.now();
        lastFailure = why;
        circuit = circuitOpen ? Circuit.OPEN : circuit;
        if (circuitOpen) {
            metrics.llmCall("refused");
        }
    }

    public LlmState state() {
        if (!settings.enabled()) {
            return new LlmState(null, Circuit.NONE, null, null, true);
        }
        return new LlmState(settings.primary().label(), circuit, lastFailureAt, lastFailure,
                settings.fallbackToTemplate());
    }
}
