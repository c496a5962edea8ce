package dev.cvtailor.generation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.generation.entity.Candidate;
import dev.cvtailor.generation.entity.CvContent;

class TemplateCvGeneratorTest {

    private final TemplateCvGenerator generator = new TemplateCvGenerator();
    private final Candidate ada = new Candidate("Ada Lovelace", "ada@example.com", null, "London", List.of());

    private final List<Artifact> artifacts = List.of(
            Artifacts.of(1, ArtifactKind.POSITION, "Payments", "Backend Engineer", LocalDate.of(2019, 1, 1), List.of("Java", "SQL")),
            Artifacts.of(2, ArtifactKind.POSITION, "Search", "Lead Engineer", LocalDate.of(2022, 1, 1), List.of("java", "Elasticsearch")),
            Artifacts.of(3, ArtifactKind.PROJECT, "Open-source parser", null, LocalDate.of(2020, 5, 1), List.of("Rust")),
            Artifacts.of(4, ArtifactKind.EDUCATION, "MSc Computer Science", null, LocalDate.of(2015, 9, 1), List.of()),
            Artifacts.of(5, ArtifactKind.CERTIFICATION, "CKA", null, null, List.of("Kubernetes")));

    @Test
    void placesEachKindInItsSectionNewestFirst() {
        CvContent cv = generator.generate(artifacts, ada);
        assertEquals(List.of("Lead Engineer", "Backend Engineer"), cv.experience().stream().map(CvContent.Entry::title).toList());
        assertEquals(List.of("Open-source parser"), cv.projects().stream().map(CvContent.Entry::title).toList());
        assertEquals(1, cv.education().size());
        assertEquals(1, cv.certifications().size());
        assertEquals("Ada Lovelace", cv.header().name());
    }

    @Test
    void claimsOnlyWhatTheArtifactsHold() {
        CvContent cv = generator.generate(artifacts, ada);
        Set<String> stacks = artifacts.stream().flatMap(a -> a.getStack().stream()).map(String::toLowerCase)
                .collect(Collectors.toSet());
        cv.skills().forEach(skill -> assertTrue(stacks.contains(skill.name().toLowerCase()), skill.name()));
        Set<Long> ids = artifacts.stream().map(Artifact::getId).collect(Collectors.toSet());
        Stream.of(cv.experience(), cv.projects(), cv.education(), cv.certifications())
                .flatMap(List::stream).flatMap(e -> e.bullets().stream())
                .forEach(b -> assertTrue(ids.contains(b.artifactId()), b.text()));
    }

    @Test
    void countsASkillOnceWhateverItsCase() {
        CvContent cv = generator.generate(artifacts, ada);
        List<String> names = cv.skills().stream().map(CvContent.Skill::name).toList();
        assertTrue("java".equalsIgnoreCase(names.get(0)), "the most used skill comes first");
        assertEquals(1, names.stream().filter(n -> n.equalsIgnoreCase("java")).count());
    }

    @Test
    void isDeterministic() {
        List<Artifact> reversed = new java.util.ArrayList<>(artifacts);
        java.util.Collections.reverse(reversed);
        assertEquals(generator.generate(artifacts, ada), generator.generate(reversed, ada));
    }

    @Test
    void makesAnEmptyButValidCvWithoutArtifacts() {
        CvContent cv = generator.generate(List.of(), ada);
        assertTrue(cv.experience().isEmpty() && cv.skills().isEmpty());
        assertTrue(CvPlainText.render(cv).startsWith("Ada Lovelace"));
    }
}
