package dev.cvtailor.generation.control;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import dev.cvtailor.generation.entity.LlmAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One call to the backup model, under the same guards as the primary's and with a circuit of its own. */
@ApplicationScoped
public class BackupLlmAttempt {

    @Inject
    LlmSettings settings;

    @Timeout(30_000)
    @Bulkhead(16)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.05, delay = 30_000, successThreshold = 2)
    public LlmAnswer backup(LlmTask task) {
        return LlmAttempt.answer(task.ask(settings.backupWriter()), settings.backup().orElseThrow().label());
    }
}
