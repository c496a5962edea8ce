package dev.cvtailor.generation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.Generator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What generation does, for /metrics: how long a document takes from request to finish (queue wait included, as
 * the user waits it), by kind, generator and outcome; and how the language model's calls go.
 */
@ApplicationScoped
public class GenerationMetrics {

    private static final Logger LOG = Logger.getLogger(GenerationMetrics.class.getName());
    static final String DURATION = "cvtailor.generation.duration";
    static final String LLM_CALLS = "cvtailor.llm.calls";

    @Inject
    MetricRegistry registry;

    /** Every series exists from the start (at zero), so that rates and alerts need no special case for "absent". */
    @PostConstruct
    void register() {
        for (String outcome : new String[] {"answered", "failed", "refused"}) {
            registry.counter(LLM_CALLS, new Tag("outcome", outcome));
        }
    }

    void finished(GeneratedDocument document, String outcome) {
        Generator generator = document.getGenerator();
        Duration took = Duration.between(document.getCreatedAt(), Instant.now());
        LOG.info(() -> "Document " + document.getId() + " (" + document.getKind().code + ") " + outcome + " by "
                + (generator == null ? "no generator" : generator.code()) + " " + took.toMillis() + " ms after it was"
                + " asked for" + (document.getFailureReason() == null ? "" : ": " + document.getFailureReason()));
        registry.timer(DURATION, new Tag("kind", document.getKind() == DocumentKind.CV ? "cv" : "cover_letter"),
                new Tag("generator", generator == null ? "none" : generator.code()), new Tag("outcome", outcome))
                .update(took);
    }

    /** A call to a model: answered, failed (an error or a timeout), or refused by the open circuit. */
    void llmCall(String outcome) {
        registry.counter(LLM_CALLS, new Tag("outcome", outcome)).inc();
    }
}
