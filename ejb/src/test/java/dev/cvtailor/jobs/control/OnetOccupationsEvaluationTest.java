package dev.cvtailor.jobs.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;
import dev.cvtailor.platform.SharedData;
import dev.cvtailor.skills.control.SkillVocabulary;
import dev.cvtailor.skills.control.TaxonomyFiles;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * How far the parser reaches beyond software: the 923 O*NET occupation profiles (../shared/data/jd_onet_occupations,
 * never copied here), from chief executives to roofers, read as postings. They carry no gold spans, so this
 * measures coverage (how many profiles yield skills a user's artifacts can be matched on) and the recall of the
 * occupation's "hot technologies" (the tools O*NET flags as in demand, a proxy for critical tech keywords) when a
 * posting lists them under "Technologies", as postings often do; the profiles' prose never names them. Computer
 * and mathematical occupations (SOC 15-) are reported apart from the rest. With the team's taxonomy alone, then with ESCO imported as an admin
 * would, when the ESCO file is here too. Nothing was tuned on these profiles.
 */
class OnetOccupationsEvaluationTest {

    static final String PROFILES = "jd_onet_occupations/occupation_jds.jsonl";
    /** ESCO's skills, under ../shared/data: SharedData.require(ESCO_SKILLS). */
    static final String ESCO_SKILLS = "esco_1_1_1/skills_en.csv.gz";

    record Profile(String code, String title, String prose, List<String> hotTechnologies) {

        /** The profile as a posting: its prose, then its hot technologies as a list. */
        String posting() {
            return hotTechnologies.isEmpty() ? prose
                    : prose + "\n\nTechnologies:\n" + hotTechnologies.stream().map(tech -> "- " + tech + "\n")
                            .collect(Collectors.joining());
        }

        boolean tech() {
            return code.startsWith("15-");
        }
    }

    /** Coverage of one group of profiles by one vocabulary. */
    record Coverage(int profiles, int withSkill, int withThreeSkills, long skills, int techNamed, int techFound) {

        String line(String what) {
            return String.format(Locale.ROOT,
                    "%s: %d profiles; in the prose >=1 skill %.3f, >=3 skills %.3f, %.1f skills per profile; "
                            + "hot technologies listed found %.3f (%d/%d)",
                    what, profiles, share(withSkill), share(withThreeSkills), (double) skills / profiles,
                    techNamed == 0 ? 0 : (double) techFound / techNamed, techFound, techNamed);
        }

        double share(int count) {
            return (double) count / profiles;
        }
    }

    static List<Profile> profiles;

    /** Before each test, so that without the data each test is skipped (or failed) and counted; read once. */
    @BeforeEach
    void data() throws IOException {
        Path file = SharedData.require(PROFILES);
        if (profiles != null) {
            return;
        }
        profiles = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            try (var reader = Json.createReader(new StringReader(line))) {
                JsonObject row = reader.readObject();
                profiles.add(new Profile(row.getString("onet_soc_code"), row.getString("title"),
                        row.getString("text"), row.getJsonArray("hot_technologies").getValuesAs(JsonString.class)
                                .stream().map(JsonString::getString).toList()));
            }
        }
    }

    static Coverage coverage(SkillVocabulary vocabulary, Predicate<Profile> group) {
        int count = 0;
        int withSkill = 0;
        int withThree = 0;
        long skills = 0;
        int techNamed = 0;
        int techFound = 0;
        for (Profile profile : profiles.stream().filter(group).toList()) {
            Set<String> extracted = skills(vocabulary, profile.prose());
            Set<String> withTools = skills(vocabulary, profile.posting());
            count++;
            skills += extracted.size();
            withSkill += extracted.isEmpty() ? 0 : 1;
            withThree += extracted.size() >= 3 ? 1 : 0;
            for (String tech : profile.hotTechnologies()) {
                techNamed++;
                if (vocabulary.named(tech).stream().map(SkillRef::name).anyMatch(withTools::contains)) {
                    techFound++;
                }
            }
        }
        return new Coverage(count, withSkill, withThree, skills, techNamed, techFound);
    }

    static Set<String> skills(SkillVocabulary vocabulary, String posting) {
        return JobDescriptionParser.parse(posting, null, null, TeamTaxonomy.skills(vocabulary)).keywords().stream()
                .map(Keyword::skill).filter(skill -> skill != null).collect(Collectors.toSet());
    }

    @Test
    void findsSkillsInMostOccupationsWithTheTeamsTaxonomy() {
        SkillVocabulary vocabulary = TeamTaxonomy.vocabulary();
        Coverage other = coverage(vocabulary, profile -> !profile.tech());
        System.out.println(coverage(vocabulary, profile -> true).line("O*NET, team taxonomy, all"));
        System.out.println(coverage(vocabulary, Profile::tech).line("O*NET, team taxonomy, computer (15-)"));
        System.out.println(other.line("O*NET, team taxonomy, other"));
        assertTrue(other.share(other.withSkill()) >= OTHER_WITH_SKILL_FLOOR, () -> other.line("other"));
        assertTrue((double) other.techFound() / other.techNamed() >= OTHER_TOOLS_FLOOR, () -> other.line("other"));
    }

    @Test
    void reachesFurtherWithEscoImported() throws IOException {
        Path esco = SharedData.require(ESCO_SKILLS);
        SkillVocabulary vocabulary;
        try (var csv = new InputStreamReader(new GZIPInputStream(Files.newInputStream(esco)),
                StandardCharsets.UTF_8)) {
            vocabulary = TeamTaxonomy.vocabularyWith(TaxonomyFiles.esco(csv));
        }
        SkillVocabulary team = TeamTaxonomy.vocabulary();
        Coverage withEsco = coverage(vocabulary, profile -> !profile.tech());
        Coverage teamOnly = coverage(team, profile -> !profile.tech());
        System.out.println(coverage(vocabulary, profile -> true).line("O*NET, team taxonomy + ESCO, all"));
        System.out.println(coverage(vocabulary, Profile::tech).line("O*NET, team taxonomy + ESCO, computer (15-)"));
        System.out.println(withEsco.line("O*NET, team taxonomy + ESCO, other"));
        if (Boolean.getBoolean("evaluation.samples")) {
            profiles.stream().filter(profile -> !profile.tech()).limit(12).forEach(profile -> System.out.println(
                    profile.title() + ": " + skills(vocabulary, profile.prose())));
        }
        assertTrue(withEsco.withThreeSkills() > teamOnly.withThreeSkills(), () -> withEsco.line("other"));
    }

    /** The figures measured on 2026-11-30 (0.710, 0.925; see bench/RESULTS.md), guarded against getting worse. */
    static final double OTHER_WITH_SKILL_FLOOR = 0.70;
    static final double OTHER_TOOLS_FLOOR = 0.92;
}
