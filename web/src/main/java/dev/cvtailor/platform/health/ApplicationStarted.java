package dev.cvtailor.platform.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

import dev.cvtailor.platform.boundary.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Started once the database schema is up to date (Liquibase ran at start): until then the orchestrator's startup
 * probe waits, and neither liveness nor readiness is asked, so a long first migration does not get the pod killed.
 */
@Startup
@ApplicationScoped
public class ApplicationStarted implements HealthCheck {

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema").status(schema.isUpToDate()).build();
    }
}
