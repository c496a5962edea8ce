package dev.cvtailor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A released changeset is never edited: its checksum is the one installations have stored, and a changed one
 * stops their next start. Adding a rollback to an old changeset is allowed, because Liquibase leaves the rollback
 * out of the checksum; this test proves it for each one (released-changesets.txt: id and checksum at release).
 */
class ReleasedChangesetsTest {

    @Test
    void keepsTheChecksumOfEveryReleasedChangeset() throws Exception {
        Map<String, String> now = checksums();
        if (Boolean.getBoolean("schema.print-checksums")) {
            now.forEach((id, sum) -> System.out.println("CHECKSUM " + id + " " + sum));
        }
        Map<String, String> released = released();
        assertFalse(released.isEmpty());
        released.forEach((id, sum) -> assertEquals(sum, now.get(id), () -> "changeset " + id
                + " was edited after its release: write a new changeset instead"));
    }

    private static Map<String, String> checksums() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:checksums;DB_CLOSE_DELAY=-1")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(
                    ReleasedChangesetsTest.class.getClassLoader());
            Map<String, String> sums = new LinkedHashMap<>();
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.database.name(), database),
                    () -> {
                        DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance()
                                .getParser(SchemaChangelog.MASTER, resources)
                                .parse(SchemaChangelog.MASTER, new ChangeLogParameters(database), resources);
                        for (ChangeSet changeSet : changelog.getChangeSets()) {
                            sums.put(changeSet.getId(), changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
                        }
                    });
            return sums;
        }
    }

    private static Map<String, String> released() throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (InputStream in = ReleasedChangesetsTest.class.getResourceAsStream("/released-changesets.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split("\\s+");
                    sums.put(parts[0], parts[1]);
                }
            }
        }
        return sums;
    }
}
