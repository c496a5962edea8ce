package dev.cvtailor.generation.control;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import dev.cvtailor.generation.entity.LlmAnswer;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One call to the primary (or the backup) model, guarded: a time limit, at most 16 calls at once (as many as the generation consumers), and a circuit breaker
 * that opens when 5 % of the last 20 calls failed and lets a trial call through after 30 s. Every value can be
 * changed through MicroProfile Config ({@code dev.cvtailor.generation.control.LlmAttempt/primary/Timeout/value},
 * ...). Retries and the fallback are the {@link LlmGateway}'s.
 */
@ApplicationScoped
public class LlmAttempt {

    @Inject
    LlmSettings settings;

    @Timeout(30_000)
    @Bulkhead(16)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.05, delay = 30_000, successThreshold = 2)
    public LlmAnswer primary(LlmTask task) {
        return answer(task.ask(settings.primaryWriter()), settings.primary().label());
    }

    /** One call to the backup model, under the same guards and with a circuit of its own (one per method). */
    @Timeout(30_000)
    @Bulkhead(16)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.05, delay = 30_000, successThreshold = 2)
    public LlmAnswer backup(LlmTask task) {
        return answer(task.ask(settings.backupWriter()), settings.backup().orElseThrow().label());
    }

    private static LlmAnswer answer(Result<?> result, String model) {
        TokenUsage usage = result.tokenUsage();
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        return new LlmAnswer(result.content(), model, in, out, null);
    }
}
