package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.core.Response;

/**
 * The heart of the product in a browser: a posting pasted, its match report read, a CV generated and watched
 * until READY, read with its sources, exported to PDF and downloaded, its ATS verdict and pages shown.
 */
class TailorJourneyIT extends BrowserIT {

    static final String POSTING = """
            Senior Backend Engineer
            Northwind Payments

            We build the payment rails for small shops across Europe.

            Requirements:
            - 5+ years of Java in production
            - PostgreSQL and Kafka
            - Terraform for our infrastructure

            Nice to have:
            - Kubernetes
            """;

    @Test
    void tailorsACvFromAPostingThenExportsItAsAPdfThatDownloads() throws Exception {
        String email = newAccount("journey");
        String token = tokenOf(email);
        long payments = readyArtifact(token, """
                {"kind":"POSITION","title":"Card payments API","role":"Backend Engineer","organisation":"Acme Bank",
                 "startedOn":"2019-03-01","summary":"Built the card payments API serving two million requests a day.",
                 "stack":["Java","PostgreSQL","Kafka"]}""");
        readyArtifact(token, """
                {"kind":"PROJECT","title":"Ledger reconciliation","startedOn":"2022-01-01",
                 "summary":"Reconciled ledgers nightly with Kafka streams, cutting manual checks by 80 percent.",
                 "stack":["Kafka","Java"]}""");

        TailorPage tailor = signIn(email, Api.PASSWORD).toArtifacts().toTailor().analyse(POSTING);
        assertEquals("Senior Backend Engineer", tailor.postingTitle());
        assertTrue(tailor.score() > 0 && tailor.score() < 100, "a partial match: " + tailor.matchReportText());
        assertTrue(tailor.coveredKeywords().containsAll(List.of("Java", "PostgreSQL", "Kafka")),
                "covered, in the posting's own words: " + tailor.coveredKeywords());
        assertTrue(tailor.missingKeywords().contains("Terraform"), "missing: " + tailor.missingKeywords());
        assertTrue(tailor.matchReportText().contains("Card payments API"), "a covered keyword names its artifact");
        screenshot("tailor");

        tailor.candidateName("Ada Lovelace");
        tailor.recordStatuses();
        tailor.generateCv();
        assertEquals("READY", tailor.awaitFinished(), tailor.failure());
        List<String> seen = tailor.seenStatuses();
        assertEquals("READY", seen.get(seen.size() - 1), "progress was pushed as it happened: " + seen);
        String preview = tailor.preview();
        assertTrue(preview.contains("Ada Lovelace") && preview.contains("Card payments API"), preview);
        assertFalse(preview.contains("Terraform"), "nothing the artifacts do not show: " + preview);
        assertTrue(tailor.bulletSources().contains(String.valueOf(payments)),
                "each bullet links to its artifact");

        DocumentsPage documents = tailor.openInDocuments().awaitDetail().export();
        assertEquals("true", documents.atsPassed(), "the ATS self-check reads the PDF back");
        Path pdf = documents.download(downloads);
        assertTrue(pdf.getFileName().toString().endsWith(".pdf"), pdf.toString());
        try (PDDocument parsed = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(parsed);
            assertTrue(text.contains("Ada Lovelace") && text.contains("Card payments API"), text);
        }
        assertTrue(documents.previewPages() >= 1);
        screenshot("documents");
    }

    private static long readyArtifact(String token, String json) {
        long id;
        try (Response created = Api.post("/artifacts", token, json)) {
            assertEquals(202, created.getStatus(), () -> created.readEntity(String.class));
            id = Api.json(created).getJsonNumber("id").longValue();
        }
        Api.awaitReadyStatus("/artifacts/" + id, token);
        return id;
    }
}
