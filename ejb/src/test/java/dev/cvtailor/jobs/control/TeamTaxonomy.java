package dev.cvtailor.jobs.control;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.cvtailor.schema.SkillKey;
import dev.cvtailor.skills.control.SkillVocabulary;
import dev.cvtailor.skills.control.SkillVocabulary.Term;
import dev.cvtailor.skills.entity.MatchMode;
import dev.cvtailor.skills.entity.SkillRef;
import dev.cvtailor.skills.entity.TaxonomyEntry;

/** The team's taxonomy file read straight into a vocabulary, as the database would hold it, for tests. */
public final class TeamTaxonomy {

    private TeamTaxonomy() {
    }

    public static SkillVocabulary vocabulary() {
        return new SkillVocabulary(teamTerms());
    }

    /**
     * The team's taxonomy with entries imported after it, under the import's rules: a known spelling keeps its
     * skill, a new one gets the match mode {@link MatchMode#ofImported} gives it.
     */
    static SkillVocabulary vocabularyWith(Stream<TaxonomyEntry> imported) {
        List<Term> terms = teamTerms();
        Map<String, SkillRef> known = new HashMap<>();
        terms.forEach(term -> known.putIfAbsent(SkillKey.of(term.spelling()), term.skill()));
        long[] nextId = {terms.stream().mapToLong(term -> term.skill().id()).max().orElse(0) + 1};
        imported.forEach(entry -> {
            SkillRef existing = known.get(SkillKey.of(entry.name()));
            SkillRef skill = existing != null ? existing
                    : new SkillRef(nextId[0]++, entry.name().strip(), entry.category());
            for (String spelling : Stream.concat(Stream.of(entry.name()), entry.aliases().stream()).toList()) {
                if (!SkillKey.of(spelling).isEmpty() && known.putIfAbsent(SkillKey.of(spelling), skill) == null) {
                    terms.add(new Term(skill, spelling.strip(), MatchMode.ofImported(spelling)));
                }
            }
        });
        return new SkillVocabulary(terms);
    }

    private static List<Term> teamTerms() {
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
        return terms;
    }

    public static JobDescriptionParser.Skills skills(SkillVocabulary vocabulary) {
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
