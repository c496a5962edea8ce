package dev.cvtailor.reviews.entity;

/**
 * Which submissions to list: {@code mine} for the caller's own, else the queue of their organisation; optionally
 * one state, one cohort, and only those waiting at least {@code minAgeHours}.
 */
public record QueueFilter(boolean mine, ReviewState state, Long cohortId, Integer minAgeHours, int page, int size) {
}
