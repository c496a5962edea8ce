package dev.cvtailor.generation.entity;

/**
 * The language-model request a document was written from (its key, so an identical request can reuse the answer)
 * and the tokens it cost (0 when an earlier answer was reused).
 */
public record ModelUse(String generationKey, int inputTokens, int outputTokens) {
}
