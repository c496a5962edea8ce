package dev.cvtailor.platform.entity;

/**
 * A work message the broker gave up on after its delivery attempts. Fired as a CDI event; the component
 * that owns the {@code subject} marks its row failed, so the user sees a reason instead of waiting forever.
 */
public record DeadLetter(String subject, long entityId) {
}
