package dev.cvtailor.platform.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import jakarta.enterprise.context.ApplicationScoped;

/** Alive while the JVM has memory headroom; a server that is out of it should be restarted. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap").status(share < MAX_HEAP_USE)
                .withData("usedShare", String.format(java.util.Locale.ROOT, "%.2f", share)).build();
    }
}
