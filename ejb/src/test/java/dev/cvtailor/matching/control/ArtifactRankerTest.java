package dev.cvtailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;
import dev.cvtailor.matching.entity.MatchCandidate;
import dev.cvtailor.matching.entity.MatchReport;

class ArtifactRankerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final List<Keyword> KEYWORDS = List.of(
            Keyword.of("Java", "Java", "Programming languages", true, 3),
            Keyword.of("PostgreSQL", "PostgreSQL", "Databases", true, 3),
            Keyword.of("Terraform", "Terraform", "DevOps and infrastructure", false, 1),
            Keyword.of("payment systems", null, null, false, 1));
    static final float[] POSTING = {1, 0, 0};

    static final MatchCandidate PAYMENTS = new MatchCandidate(1, "Payments API",
            "Built payment systems in Java on PostgreSQL", Set.of("Java", "PostgreSQL"), new float[] {1, 0, 0},
            LocalDate.of(2023, 1, 1), null, 1);
    static final MatchCandidate DATA = new MatchCandidate(2, "Data pipelines", "Python jobs for reporting",
            Set.of("Python"), new float[] {0, 1, 0}, LocalDate.of(2010, 1, 1), LocalDate.of(2012, 6, 30), 0);
    static final MatchCandidate THESIS = new MatchCandidate(3, "Thesis", "A study of Java garbage collectors",
            Set.of("Java"), null, null, null, 0);

    @Test
    void scoresTheShareOfKeywordsTheArtifactsBackCriticalOnesDouble() {
        MatchReport report = ArtifactRanker.rank(KEYWORDS, POSTING, List.of(PAYMENTS, DATA, THESIS), TODAY);
        // Java 6 + PostgreSQL 6 + payment systems 1 covered of 14
        assertEquals(93, report.score());
        var java = report.keywords().get(0);
        assertTrue(java.covered());
        assertEquals(List.of(1L, 3L), java.artifactIds());
        assertFalse(report.keywords().get(2).covered(), "no artifact shows Terraform");
        assertEquals(List.of(1L), report.keywords().get(3).artifactIds(), "a term outside the taxonomy, said in text");
    }

    @Test
    void anAlternativeMetByAnotherIsNoMissingMustHave() {
        List<Keyword> goOrPython = List.of(new Keyword("Go", "Go", "Programming languages", true, 3, "Go or Python"),
                new Keyword("Python", "Python", "Programming languages", true, 3, "Go or Python"),
                Keyword.of("Rust", "Rust", "Programming languages", true, 3));
        MatchReport report = ArtifactRanker.rank(goOrPython, POSTING, List.of(PAYMENTS, DATA), TODAY);
        var go = report.keywords().get(0);
        assertFalse(go.covered());
        assertFalse(go.critical(), "Python meets the requirement Go is one alternative of");
        assertTrue(report.keywords().get(1).critical() && report.keywords().get(1).covered());
        assertTrue(report.keywords().get(2).critical(), "Rust stands alone");
        // Python 6 covered of Python 6 + Rust 6: Go is not counted
        assertEquals(50, report.score());
    }

    @Test
    void ranksTheArtifactThatProvesMostFirstAndExplainsIt() {
        MatchReport report = ArtifactRanker.rank(KEYWORDS, POSTING, List.of(DATA, THESIS, PAYMENTS), TODAY);
        var first = report.artifacts().get(0);
        assertEquals(1, first.id());
        assertEquals(List.of("Java", "PostgreSQL", "payment systems"), first.matchedKeywords());
        assertEquals(1.0, first.similarity());
        assertEquals(1.0, first.recency());
        assertEquals(1, first.validEvidence());
        assertEquals(List.of(1L, 3L, 2L), report.artifacts().stream().map(a -> a.id()).toList());
        assertTrue(report.artifacts().get(2).recency() < 0.5, "work that ended in 2012 counts less");
    }

    @Test
    void aPostingWithoutKeywordsScoresZero() {
        MatchReport report = ArtifactRanker.rank(List.of(), null, List.of(PAYMENTS), TODAY);
        assertEquals(0, report.score());
        assertEquals(1, report.artifacts().size());
    }
}
