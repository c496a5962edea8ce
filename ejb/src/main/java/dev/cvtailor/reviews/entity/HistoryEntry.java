package dev.cvtailor.reviews.entity;

import java.time.Instant;

/** One state a review went through. */
public record HistoryEntry(ReviewState state, Instant at, String by, String note) {
}
