package dev.cvtailor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SkillTaxonomyLoadTest {

    private static Connection db;

    @BeforeAll
    static void migrate() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:taxonomy;DB_CLOSE_DELAY=-1");
        SchemaChangelog.update(db);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void holdsAtLeast1500SkillsAcrossManyFields() throws Exception {
        assertTrue(count("select count(*) from skills") >= 1500);
        assertTrue(count("select count(distinct category) from skills") >= 20);
        for (String category : new String[] {"Programming languages", "Data science and AI", "Cloud platforms",
                "Design", "Project and people management", "Finance and accounting", "Healthcare", "Engineering"}) {
            assertTrue(count("select count(*) from skills where category = '" + category + "'") >= 30, category);
        }
    }

    @Test
    void resolvesTheCommonAliases() throws Exception {
        Map<String, String> expected = Map.of("k8s", "Kubernetes", "postgres", "PostgreSQL", "js", "JavaScript",
                "c#", "C#", "c++", "C++", ".net", ".NET", "nodejs", "Node.js", "golang", "Go");
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), skillOf(SkillKey.of(e.getKey())), e.getKey());
        }
    }

    @Test
    void keepsEverySpellingOfTheFileWithOneSkillEach() throws Exception {
        Set<String> keys = new HashSet<>();
        try (var in = getClass().getClassLoader().getResourceAsStream("db/data/skills.csv")) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> own = new HashSet<>();
                for (String spelling : (row.get("name") + "|" + row.get("aliases")).split("\\|")) {
                    if (!spelling.isBlank() && own.add(SkillKey.of(spelling))) {
                        assertTrue(keys.add(SkillKey.of(spelling)), () -> "another skill's spelling: " + spelling);
                    }
                }
                assertTrue(Arrays.asList((row.get("name") + "|" + row.get("aliases")).split("\\|"))
                        .containsAll(Arrays.stream(row.get("exact").split("\\|")).filter(s -> !s.isBlank()).toList()),
                        () -> "exact spellings must be the skill's own: " + row);
            }
        }
        assertEquals(keys.size(), count("select count(*) from skill_aliases"));
    }

    @Test
    void marksOrdinaryWordsAsExact() throws Exception {
        assertEquals("EXACT", modeOf("go"));
        assertEquals("EXACT", modeOf("r"));
        assertEquals("FREE", modeOf("golang"));
        assertEquals("FREE", modeOf("kubernetes"));
    }

    @Test
    void loadingAgainAddsNothing() throws Exception {
        int before = count("select count(*) from skill_aliases");
        SkillTaxonomyLoad load = new SkillTaxonomyLoad();
        try (var in = getClass().getClassLoader().getResourceAsStream("db/data/skills.csv")) {
            load.load(db, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(before, count("select count(*) from skill_aliases"));
    }

    private static String skillOf(String aliasKey) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "select s.name from skills s join skill_aliases a on a.skill_id = s.id where a.alias_key = ?")) {
            s.setString(1, aliasKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String modeOf(String aliasKey) throws Exception {
        try (PreparedStatement s = db.prepareStatement("select match_mode from skill_aliases where alias_key = ?")) {
            s.setString(1, aliasKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int count(String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
