package dev.cvtailor.accounts.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Recent failed sign-ins of one subject (an account's email, or a client address). After {@code threshold}
 * failures each further failure blocks the subject for twice as long as the one before, from 30 seconds up to
 * 15 minutes; an hour without failures forgets them.
 */
@Entity
@Table(name = "sign_in_failures")
public class SignInFailures {

    static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);

    @Id
    @Column(length = 400)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected SignInFailures() {
    }

    public SignInFailures(String subject) {
        this.subject = subject;
        this.lastFailureAt = Instant.now();
    }

    public void recordFailure(int threshold, Instant now) {
        if (lastFailureAt.plus(MEMORY).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= threshold) {
            int doublings = Math.min(failures - threshold, 10);
            Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
            blockedUntil = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
        }
    }

    /** Seconds until the subject may try again; 0 when it may now. */
    public long blockedFor(Instant now) {
        return blockedUntil == null || !blockedUntil.isAfter(now) ? 0
                : Math.max(1, Duration.between(now, blockedUntil).toSeconds());
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }
}
