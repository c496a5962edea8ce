package cvtailor;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** How many virtual users are in their journey at once (signed in and not yet done): the run's concurrency. */
final class ActiveUsers {

    private static final AtomicInteger ACTIVE = new AtomicInteger();
    private static final AtomicInteger PEAK = new AtomicInteger();
    private static final Instant STARTED = Instant.now();
    private static volatile Instant peakAt = STARTED;

    private ActiveUsers() {
    }

    static void began() {
        int now = ACTIVE.incrementAndGet();
        if (now > PEAK.getAndAccumulate(now, Math::max)) {
            peakAt = Instant.now();
        }
    }

    static void ended() {
        ACTIVE.decrementAndGet();
    }

    static void print() {
        System.out.printf("Users in their journey at once: peak %d, %d s into the run%n", PEAK.get(),
                Duration.between(STARTED, peakAt).toSeconds());
    }
}
