package dev.cvtailor.jobs.control;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.cvtailor.skills.control.SkillVocabulary;
import dev.cvtailor.skills.control.SkillVocabulary.Term;
import dev.cvtailor.skills.entity.MatchMode;
import dev.cvtailor.skills.entity.SkillRef;

/** The team's taxonomy file read straight into a vocabulary, as the database would hold it, for tests. */
final class TeamTaxonomy {

    private TeamTaxonomy() {
    }

    static SkillVocabulary vocabulary() {
        List<Term> terms = new ArrayList<>();
        try (var in = TeamTaxonomy.class.getClassLoader().getResourceAsStream("db/data/skills.csv")) {
            long id = 1;
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                SkillRef skill = new SkillRef(id++, row.get("name"), row.get("category"));
                Set<String> exact = Set.copyOf(Arrays.asList(row.get("exact").split("\\|")));
                List<String> spellings = new ArrayList<>(List.of(row.get("name")));
                Arrays.stream(row.get("aliases").split("\\|")).filter(s -> !s.isBlank()).forEach(spellings::add);
                for (String spelling : spellings) {
                    terms.add(new Term(skill, spelling, exact.contains(spelling) ? MatchMode.EXACT : MatchMode.FREE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SkillVocabulary(terms);
    }

    static JobDescriptionParser.Skills skills(SkillVocabulary vocabulary) {
        return new JobDescriptionParser.Skills() {
            @Override
            public Set<SkillRef> inProse(String text) {
                return vocabulary.foundIn(text);
            }

            @Override
            public Set<SkillRef> named(String name) {
                return vocabulary.named(name);
            }
        };
    }
}
