package dev.cvtailor.platform.boundary;

import java.sql.Connection;
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
 * Liquibase takes its own lock table.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/cvtailor")
    DataSource dataSource;

    private volatile boolean upToDate;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            SchemaChangelog.update(connection);
        } catch (Exception e) {
            throw new IllegalStateException("The database schema could not be brought up to date", e);
        }
        upToDate = true;
        LOG.info(() -> "Database schema up to date in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Whether the schema has been brought up to date since the server started (the startup probe asks). */
    @Lock(LockType.READ)
    public boolean isUpToDate() {
        return upToDate;
    }
}
