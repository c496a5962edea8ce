package dev.cvtailor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCommandStep;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Every changeset can be undone: update, roll back to the previous release's tag, update again; then roll back
 * everything and update once more. Each time the schema (tables, columns, types, nullability) must come back
 * exactly as it was. On H2 and on the machine's PostgreSQL (a database of its own, made and dropped here); the
 * PostgreSQL half is skipped where no server answers, unless {@code -Dschema.postgres.required=true} (CI).
 */
class SchemaRollbackTest {

    /** The tag the release before this one ends on (master.xml). */
    private static final String PREVIOUS_RELEASE = "2.0";
    /** Tables this release adds: gone after rolling back to the previous release. */
    private static final Set<String> THIS_RELEASE = Set.of("feature_flags", "installation_settings", "invite_codes",
            "export_monthly_counts", "audit_daily_counts", "reports");
    private static final String PG_HOST = System.getProperty("schema.postgres.host", "127.0.0.1:5432");
    private static final String PG_DATABASE = "cvtailor_rollback";

    @Test
    void rollsBackToThePreviousReleaseAndToNothingOnH2() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:rollback;DB_CLOSE_DELAY=-1")) {
            roundTrip(c, "PUBLIC");
        }
    }

    @Test
    void rollsBackToThePreviousReleaseAndToNothingOnPostgres() throws Exception {
        try (Connection admin = postgres("postgres"); Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + PG_DATABASE);
            s.execute("create database " + PG_DATABASE);
        }
        try (Connection c = postgres(PG_DATABASE)) {
            roundTrip(c, "public");
        } finally {
            try (Connection admin = postgres("postgres"); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + PG_DATABASE);
            }
        }
    }

    private static void roundTrip(Connection c, String schema) throws Exception {
        SchemaChangelog.update(c);
        Map<String, Set<String>> full = schema(c, schema);
        assertTrue(full.keySet().containsAll(THIS_RELEASE), () -> "this release's tables: " + full.keySet());
        int changesets = count(c, "select count(*) from databasechangelog");

        rollback(c, RollbackCommandStep.COMMAND_NAME, RollbackCommandStep.TAG_ARG.getName(), PREVIOUS_RELEASE);
        Map<String, Set<String>> previous = schema(c, schema);
        assertTrue(previous.keySet().stream().noneMatch(THIS_RELEASE::contains), () -> "left: " + previous.keySet());
        assertTrue(previous.containsKey("applications"), "the previous release's tables stay");
        assertTrue(previous.get("export_logs").stream().anyMatch(col -> col.startsWith("document_id ") && col.endsWith(" not null")),
                () -> "export_logs as the previous release had it: " + previous.get("export_logs"));

        SchemaChangelog.update(c);
        assertEquals(full, schema(c, schema), "the schema after rolling back a release and updating again");

        rollback(c, RollbackCountCommandStep.COMMAND_NAME, RollbackCountCommandStep.COUNT_ARG.getName(), changesets);
        Map<String, Set<String>> nothing = schema(c, schema);
        assertFalse(nothing.containsKey("users"), () -> "every changeset undone, yet left: " + nothing.keySet());
        assertEquals(0, count(c, "select count(*) from databasechangelog"));

        SchemaChangelog.update(c);
        assertEquals(full, schema(c, schema), "the schema after rolling back everything and updating again");
    }

    private static void rollback(Connection c, String[] command, String argument, Object value) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        ClassLoader loader = SchemaRollbackTest.class.getClassLoader();
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader),
                Scope.Attr.classLoader.name(), loader), () -> new CommandScope(command)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue("changelogFile", SchemaChangelog.MASTER)
                .addArgumentValue(argument, value)
                .execute());
        if (!c.getAutoCommit()) {
            c.commit();
        }
        c.setAutoCommit(true);
    }

    /** Each table and its columns ("name type [not null]"), Liquibase's own tables left out. */
    private static Map<String, Set<String>> schema(Connection c, String schema) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("databasechangelog") || isView(c, schema, rs.getString("TABLE_NAME"))) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                        + rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)
                        + (rs.getInt("NULLABLE") == java.sql.DatabaseMetaData.columnNoNulls ? " not null" : "");
                tables.computeIfAbsent(table, t -> new TreeSet<>()).add(column);
            }
        }
        return tables;
    }

    private static boolean isView(Connection c, String schema, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, schema, table, new String[] {"TABLE"})) {
            return !rs.next();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection postgres(String database) throws SQLException {
        try {
            return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + "/" + database, "postgres", "postgres");
        } catch (SQLException unreachable) {
            if (Boolean.getBoolean("schema.postgres.required")) {
                throw unreachable;
            }
            abort("no PostgreSQL at " + PG_HOST + " (" + unreachable.getMessage() + ")");
            throw unreachable;
        }
    }
}
