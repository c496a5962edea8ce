package dev.cvtailor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SchemaChangelogTest {

    private static final List<String> TABLES = List.of("USERS", "ARTIFACTS", "EVIDENCE_LINKS", "LABELS",
            "ARTIFACT_LABELS", "LABEL_SKILLS", "SKILLS", "SKILL_ALIASES", "ARTIFACT_SKILLS", "JOB_DESCRIPTIONS",
            "GENERATED_DOCUMENTS", "EXPORT_LOGS", "AUDIT_EVENTS");

    @Test
    void createsEveryTableOfTheDesignOnH2() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema1;DB_CLOSE_DELAY=-1")) {
            SchemaChangelog.update(c);
            assertTrue(tables(c).containsAll(TABLES), () -> "missing tables in " + safe(c));
        }
    }

    @Test
    void createsTheIndexesTheSpecNames() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema2;DB_CLOSE_DELAY=-1")) {
            SchemaChangelog.update(c);
            Set<String> indexes = new HashSet<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select index_name from information_schema.indexes where table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
            assertTrue(indexes.containsAll(List.of("IX_ARTIFACTS_USER_CREATED", "IX_EVIDENCE_ARTIFACT_STATUS",
                    "IX_DOCUMENTS_USER_JD_HASH", "UX_SKILLS_NAME")), indexes::toString);
        }
    }

    @Test
    void runningTwiceChangesNothing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema3;DB_CLOSE_DELAY=-1")) {
            SchemaChangelog.update(c);
            int before = changesetCount(c);
            SchemaChangelog.update(c);
            assertEquals(before, changesetCount(c));
            assertTrue(c.getAutoCommit(), "connection is handed back in auto-commit mode");
        }
    }

    private static int changesetCount(Connection c) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("select count(*) from databasechangelog")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Set<String> tables(Connection c) throws Exception {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static String safe(Connection c) {
        try {
            return tables(c).toString();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
