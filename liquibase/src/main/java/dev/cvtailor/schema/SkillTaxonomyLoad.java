package dev.cvtailor.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Loads the team's skill taxonomy ({@code db/data/skills.csv}: name, category, aliases, exact) into
 * {@code skills} and {@code skill_aliases}. Every spelling, the name included, becomes an alias row keyed by
 * {@link SkillKey}; the spellings listed under {@code exact} are ordinary words too ("Go", "R", "Swift") and
 * count in free text only when written exactly so ({@code EXACT}), the rest in any case ({@code FREE}).
 * It adds what is missing and changes nothing that is there, so it may run again when the file grows (the
 * changeset runs on change; bump its {@code revision} parameter with the file).
 */
public class SkillTaxonomyLoad implements CustomTaskChange {

    static final String SOURCE = "CVTAILOR";

    private String file;
    private String revision;
    private int skillsAdded;
    private int aliasesAdded;

    public void setFile(String file) {
        this.file = file;
    }

    public void setRevision(String revision) {
        this.revision = revision;
    }

    public String getRevision() {
        return revision;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (InputStream in = SkillTaxonomyLoad.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new CustomChangeException("The skill taxonomy " + file + " is not on the class path");
            }
            load(connection, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | SQLException e) {
            throw new CustomChangeException("Could not load the skill taxonomy " + file + ": " + e.getMessage(), e);
        }
    }

    void load(Connection connection, Reader csv) throws IOException, SQLException {
        Map<String, Long> skillIds = keys(connection, "select name_key, id from skills");
        Map<String, Long> aliasOwners = keys(connection, "select alias_key, skill_id from skill_aliases");
        try (PreparedStatement skill = connection.prepareStatement(
                "insert into skills (name, name_key, category, source) values (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
                PreparedStatement alias = connection.prepareStatement(
                        "insert into skill_aliases (skill_id, alias, alias_key, match_mode) values (?, ?, ?, ?)")) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                String name = row.get("name").strip();
                String key = SkillKey.of(name);
                Long id = skillIds.get(key);
                if (id == null) {
                    id = insertSkill(skill, name, key, row.get("category").strip());
                    skillIds.put(key, id);
                    skillsAdded++;
                }
                Set<String> exact = spellings(row.get("exact"));
                Set<String> spellings = new LinkedHashSet<>();
                spellings.add(name);
                spellings.addAll(spellings(row.get("aliases")));
                for (String spelling : spellings) {
                    String aliasKey = SkillKey.of(spelling);
                    if (!aliasOwners.containsKey(aliasKey)) {
                        alias.setLong(1, id);
                        alias.setString(2, spelling);
                        alias.setString(3, aliasKey);
                        alias.setString(4, exact.contains(spelling) ? "EXACT" : "FREE");
                        alias.addBatch();
                        aliasOwners.put(aliasKey, id);
                        aliasesAdded++;
                    }
                }
            }
            alias.executeBatch();
        }
    }

    private static long insertSkill(PreparedStatement insert, String name, String key, String category)
            throws SQLException {
        insert.setString(1, name);
        insert.setString(2, key);
        insert.setString(3, category);
        insert.setString(4, SOURCE);
        insert.executeUpdate();
        try (ResultSet generated = insert.getGeneratedKeys()) {
            generated.next();
            return generated.getLong(1);
        }
    }

    private static Map<String, Long> keys(Connection connection, String sql) throws SQLException {
        Map<String, Long> keys = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                keys.put(rows.getString(1), rows.getLong(2));
            }
        }
        return keys;
    }

    private static Set<String> spellings(String joined) {
        Set<String> spellings = new LinkedHashSet<>();
        Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(spellings::add);
        return spellings;
    }

    @Override
    public String getConfirmationMessage() {
        return "Skill taxonomy " + file + ": " + skillsAdded + " skills and " + aliasesAdded + " spellings added";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
