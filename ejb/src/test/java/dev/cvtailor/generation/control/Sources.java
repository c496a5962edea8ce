package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.generation.entity.Candidate;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.PostingBrief;
import dev.cvtailor.generation.entity.SourceArtifact;
import dev.cvtailor.generation.entity.Tone;

/** Fixtures: a user's artifacts as generation sees them, a posting, and a small taxonomy to read skills with. */
final class Sources {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Candidate ADA = new Candidate("Ada Lovelace", "ada@example.com", null, "London", List.of());
    static final List<String> TAXONOMY = List.of("Java", "Apache Kafka", "PostgreSQL", "Rust", "Kubernetes",
            "Python", "Terraform", "Spring Boot");

    private Sources() {
    }

    /** The taxonomy's skills a text names, as the skills component would read them. */
    static Set<String> skillsIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String skill : TAXONOMY) {
            if (Sentences.says(text, skill) || (skill.equals("Apache Kafka") && Sentences.says(text, "Kafka"))) {
                found.add(skill);
            }
        }
        return found;
    }

    static SourceArtifact position(long id, String role, String organisation, LocalDate from, LocalDate to,
            String description, int score, String... skills) {
        return new SourceArtifact(id, ArtifactKind.POSITION, role + " at " + organisation, role, organisation, from,
                to, null, description, null, List.of(skills), List.of(id * 10), List.of(), score, 1);
    }

    static SourceArtifact project(long id, String title, String organisation, LocalDate from, String description,
            int score, String... skills) {
        return new SourceArtifact(id, ArtifactKind.PROJECT, title, null, organisation, from, null, null,
                description, null, List.of(skills), List.of(id * 10),
                List.of(new SourceArtifact.EvidenceLink(id * 10, "https://github.com/ada/" + id)), score, 1);
    }

    static SourceArtifact of(long id, ArtifactKind kind, String title, String description) {
        return new SourceArtifact(id, kind, title, null, "University of London", LocalDate.of(2012, 9, 1),
                LocalDate.of(2015, 6, 30), null, description, null, List.of(), List.of(), List.of(), 10, 1);
    }

    /** Backed keywords the way matching reports them: backed by the sources whose skills name them. */
    static List<BackedKeyword> keywords(List<SourceArtifact> sources, List<String> critical, List<String> nice) {
        List<BackedKeyword> keywords = new ArrayList<>();
        critical.forEach(skill -> keywords.add(new BackedKeyword(skill, skill, true, backers(sources, skill))));
        nice.forEach(skill -> keywords.add(new BackedKeyword(skill, skill, false, backers(sources, skill))));
        return keywords;
    }

    private static List<Long> backers(List<SourceArtifact> sources, String skill) {
        return sources.stream().filter(s -> s.skills().contains(skill)).map(SourceArtifact::id).toList();
    }

    static GenerationInput input(List<SourceArtifact> sources, List<String> critical, List<String> nice, Tone tone,
            Length length) {
        return new GenerationInput(new PostingBrief("Backend Engineer", "Globex", "Backend Engineer at Globex",
                List.of("payments"),
                List.of("ownership"), null), sources, keywords(sources, critical, nice), ADA, tone, length);
    }

    static final List<SourceArtifact> ADAS = List.of(
            position(1, "Senior Engineer", "Acme", LocalDate.of(2020, 1, 1), null,
                    "I was responsible for the payments platform. Built the settlement service in Java on PostgreSQL,"
                            + " cutting batch time by 40%. Mentored 3 engineers.\nRan the on-call rota.",
                    80, "Java", "PostgreSQL"),
            position(2, "Engineer", "Initech", LocalDate.of(2016, 3, 1), LocalDate.of(2019, 12, 31),
                    "Maintained the billing system in Python. Wrote the deployment scripts.", 40, "Python"),
            project(3, "Fraud scoring", "Acme", LocalDate.of(2021, 5, 1),
                    "Streamed card events through Apache Kafka to score 2,000 payments per second.", 70,
                    "Apache Kafka", "Java"),
            project(4, "Open-source parser", null, LocalDate.of(2018, 1, 1),
                    "Wrote a markdown parser used by 120 projects.", 30, "Rust"),
            of(5, ArtifactKind.EDUCATION, "MSc Computer Science", "Thesis on distributed consensus."));
}
