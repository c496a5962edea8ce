package dev.cvtailor.reviews.entity;

import java.time.Instant;

import dev.cvtailor.generation.entity.DocumentKind;

/** Someone opened one of the member's submitted documents. */
public record DocumentReadView(long reviewId, long documentId, int version, DocumentKind kind, String reader,
        Instant readAt) {
}
