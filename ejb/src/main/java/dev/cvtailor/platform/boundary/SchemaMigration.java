package dev.cvtailor.platform.boundary;

import java.sql.Connection;
import java.time.Duration;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.cvtailor.schema.SchemaChangelog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Brings the database to this release's schema before anything else touches it: the Liquibase changelogs in
 * the liquibase module are the only definition of the schema. Several replicas starting at once are safe:
 * Liquibase takes its own lock table (and the first start's race to create that table is retried).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/cvtailor")
    DataSource dataSource;

    private static final int ATTEMPTS = 5;

    private volatile boolean upToDate;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        for (int attempt = 1; !upToDate; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                SchemaChangelog.update(connection);
                upToDate = true;
            } catch (Exception e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("The database schema could not be brought up to date", e);
                }
                // Replicas starting together on an empty database race to create Liquibase's own tables, which
                // exist before its lock does: the one that lost finds them made on its next attempt.
                int next = attempt + 1;
                Duration wait = Duration.ofSeconds(attempt * 2L);
                LOG.warning(() -> "Schema migration failed (" + e + "); attempt " + next + " of " + ATTEMPTS
                        + " in " + wait.toSeconds() + " s");
                pause(wait);
            }
        }
        LOG.info(() -> "Database schema up to date in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to migrate the schema again", e);
        }
    }

    /** Whether the schema has been brought up to date since the server started (the startup probe asks). */
    @Lock(LockType.READ)
    public boolean isUpToDate() {
        return upToDate;
    }
}
