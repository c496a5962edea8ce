package dev.cvtailor.generation.entity;

import java.time.Instant;

/**
 * What the reports need of one document, read as a JPQL constructor expression: not its content and text, which are
 * the bulk of a row.
 */
public record DocumentOutcome(DocumentStatus status, Generator generator, Integer rating, String coverageJson,
        DocumentKind kind, Instant createdAt, Instant completedAt) {
}
