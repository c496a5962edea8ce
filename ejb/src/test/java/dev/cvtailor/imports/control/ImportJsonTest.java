package dev.cvtailor.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.imports.entity.Candidate;
import dev.cvtailor.imports.entity.ImportDraft;
import dev.cvtailor.imports.entity.ImportProposals;
import dev.cvtailor.imports.entity.ImportSource;
import dev.cvtailor.imports.entity.ImportStatus;
import dev.cvtailor.imports.entity.Proposal;

/** A draft import keeps its proposals whole between reading and confirming, and expires after 24 hours. */
class ImportJsonTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void proposalsSurviveTheirStorageWhole() {
        ArtifactDraft draft = new ArtifactDraft(ArtifactKind.POSITION, "Data Analyst", null, "Built dashboards.",
                "Globex Retail", "Data Analyst", LocalDate.of(2019, 4, 1), LocalDate.of(2022, 6, 1), List.of(),
                List.of(), List.of("Tableau"), List.of(), List.of(), "Leeds, United Kingdom");
        ImportDraft imported = new ImportDraft(7, ImportSource.CV, "cv.pdf", "text", CREATED);
        imported.ready(new ImportProposals(new Candidate("Ada", "ada@example.org", null, null, List.of()),
                List.of(new Proposal(0, draft, 42L)), List.of("Languages: not a kind of artifact CV Tailor keeps")));

        ImportProposals read = imported.proposals();
        assertEquals(draft, read.proposals().get(0).artifact());
        assertEquals(42L, read.proposals().get(0).duplicateOf());
        assertEquals("ada@example.org", read.candidate().email());
        assertEquals(ImportStatus.READY, imported.getStatus());
        assertEquals(null, imported.getSourceText(), "the upload's text is dropped once read");
    }

    @Test
    void anUnconfirmedImportExpiresAfter24HoursAndDropsItsContent() {
        ImportDraft imported = new ImportDraft(7, ImportSource.LINKEDIN, "export.zip", "{}", CREATED);
        imported.ready(new ImportProposals(null, List.of(), List.of()));
        assertFalse(imported.hasExpired(CREATED.plus(Duration.ofHours(23))));
        assertTrue(imported.hasExpired(CREATED.plus(Duration.ofHours(24))));
        imported.expire();
        assertEquals(ImportStatus.EXPIRED, imported.getStatus());
        assertEquals(List.of(), imported.proposals().proposals());
    }
}
