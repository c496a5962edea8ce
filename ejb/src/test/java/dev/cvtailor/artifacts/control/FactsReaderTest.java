package dev.cvtailor.artifacts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.artifacts.entity.ArtifactFacts;
import dev.cvtailor.skills.entity.SkillRef;

class FactsReaderTest {

    @Test
    void readsRoleAndOrganisationFromAFirstLine() {
        ArtifactFacts facts = FactsReader.read("Data engineer at Initech, Berlin\nDid things.", List.of());
        assertEquals("Data engineer", facts.role());
        assertEquals("Initech", facts.organisation());
    }

    @Test
    void prefersLabelledLines() {
        ArtifactFacts facts = FactsReader.read("""
                Company: Globex
                Role: Staff engineer
                Stack: Go, gRPC and PostgreSQL
                Collaborators: Ada Lovelace; Grace Hopper
                """, List.of(new SkillRef(1, "Java", "Programming languages")));
        assertEquals("Globex", facts.organisation());
        assertEquals("Staff engineer", facts.role());
        assertEquals(List.of("Go", "gRPC", "PostgreSQL"), facts.stack());
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), facts.collaborators());
    }

    @Test
    void readsDateRangesInTheUsualForms() {
        assertEquals(LocalDate.of(2021, 3, 1), FactsReader.read("Mar 2021 – Present", List.of()).startedOn());
        assertNull(FactsReader.read("Mar 2021 – Present", List.of()).endedOn());
        ArtifactFacts years = FactsReader.read("Worked there 2019-2022.", List.of());
        assertEquals(LocalDate.of(2019, 1, 1), years.startedOn());
        assertEquals(LocalDate.of(2022, 12, 31), years.endedOn());
        ArtifactFacts months = FactsReader.read("From 03/2020 to 11/2021", List.of());
        assertEquals(LocalDate.of(2020, 3, 1), months.startedOn());
        assertEquals(LocalDate.of(2021, 11, 30), months.endedOn());
    }

    @Test
    void ignoresARangeThatEndsBeforeItStarts() {
        assertNull(FactsReader.read("2022 - 2019", List.of()).startedOn());
    }

    @Test
    void takesTheStackFromTheTechnologiesFoundWhenNoLineNamesIt() {
        ArtifactFacts facts = FactsReader.read("Worked with Jane Smith and John Doe on billing.", List.of(
                new SkillRef(1, "Java", "Programming languages"), new SkillRef(2, "Budgeting", "Finance and accounting")));
        assertEquals(List.of("Java"), facts.stack());
        assertEquals(List.of("Jane Smith", "John Doe"), facts.collaborators());
    }
}
