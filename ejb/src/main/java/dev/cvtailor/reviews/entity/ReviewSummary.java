package dev.cvtailor.reviews.entity;

import java.time.Instant;

import dev.cvtailor.generation.entity.DocumentKind;

/** A submission as a queue or a member's list shows it. */
public record ReviewSummary(long id, long documentId, int version, DocumentKind kind, long ownerId, String ownerEmail,
        ReviewState state, Long counsellorId, String counsellorEmail, Long previousId, String note, String decisionNote,
        Instant submittedAt, Instant updatedAt) {
}
