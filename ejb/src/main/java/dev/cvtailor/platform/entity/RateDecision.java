package dev.cvtailor.platform.entity;

/** Whether one more request fits the budget, and if not, in how many seconds the next window opens. */
public record RateDecision(boolean allowed, int hits, int limit, long retryAfterSeconds) {
}
