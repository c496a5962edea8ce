package dev.cvtailor.platform.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.LlmState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The language model's circuit. Generation falls back to the templates when the model is away, so an open circuit
 * keeps the server ready, unless falling back is switched off: then documents cannot be written and it is down.
 */
@Readiness
@ApplicationScoped
public class LlmReadiness implements HealthCheck {

    @Inject
    GenerationService generation;

    @Override
    public HealthCheckResponse call() {
        LlmState state = generation.llmState();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("llm")
                .status(state.circuit() != LlmState.Circuit.OPEN || state.fallbackToTemplate())
                .withData("circuit", state.circuit().name().toLowerCase(java.util.Locale.ROOT));
        if (state.model() != null) {
            response.withData("model", state.model());
        }
        if (state.lastFailureAt() != null) {
            response.withData("lastFailureAt", state.lastFailureAt().toString());
        }
        return response.build();
    }
}
