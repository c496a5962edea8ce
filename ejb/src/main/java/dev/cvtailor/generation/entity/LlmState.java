package dev.cvtailor.generation.entity;

import java.time.Instant;

/**
 * What this server knows of its language model: which one (none when the templates write everything), whether its
 * circuit was last seen open (calls are being spared) or closed, and the last failure.
 */
public record LlmState(String model, Circuit circuit, Instant lastFailureAt, String lastFailure,
        boolean fallbackToTemplate) {

    public enum Circuit {
        NONE, CLOSED, OPEN
    }
}
