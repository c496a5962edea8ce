package dev.cvtailor.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInFailuresTest {

    private final Instant start = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void blocksFromTheThresholdOnDoublingEachTime() {
        SignInFailures failures = new SignInFailures("account:a@example.com");
        for (int i = 0; i < 4; i++) {
            failures.recordFailure(5, start);
        }
        assertEquals(0, failures.blockedFor(start), "four failures do not block");
        failures.recordFailure(5, start);
        assertEquals(30, failures.blockedFor(start));
        failures.recordFailure(5, start);
        assertEquals(60, failures.blockedFor(start));
        failures.recordFailure(5, start);
        assertEquals(120, failures.blockedFor(start));
        assertEquals(0, failures.blockedFor(start.plusSeconds(121)), "the block lifts by itself");
    }

    @Test
    void neverBlocksForMoreThanFifteenMinutes() {
        SignInFailures failures = new SignInFailures("address:10.0.0.1");
        for (int i = 0; i < 40; i++) {
            failures.recordFailure(5, start);
        }
        assertEquals(Duration.ofMinutes(15).toSeconds(), failures.blockedFor(start));
    }

    @Test
    void forgetsFailuresAfterAQuietHour() {
        SignInFailures failures = new SignInFailures("account:b@example.com");
        for (int i = 0; i < 4; i++) {
            failures.recordFailure(5, start);
        }
        Instant later = start.plus(Duration.ofHours(2));
        failures.recordFailure(5, later);
        assertEquals(1, failures.getFailures());
        assertEquals(0, failures.blockedFor(later));
    }
}
