package it.dev.cvtailor.ui;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The tailor view: a posting in, its analysis and match report, a generated document's progress and preview. */
final class TailorPage {

    private final Vaadin ui;

    private TailorPage(Vaadin ui) {
        this.ui = ui;
    }

    static TailorPage open(Vaadin ui) {
        ui.go("/tailor");
        return shownIn(ui);
    }

    static TailorPage shownIn(Vaadin ui) {
        ui.textArea("posting-text");
        return new TailorPage(ui);
    }

    /** Pastes the posting (as a paste would: at once, not key by key) and analyses it. */
    TailorPage analyse(String posting) {
        ui.textArea("posting-text");
        ((JavascriptExecutor) ui.driver).executeScript(
                "const field = document.getElementById('posting-text'); field.value = arguments[0];"
                        + "field.dispatchEvent(new Event('change'));", posting);
        ui.click("analyse-posting");
        ui.byId("match-report");
        return this;
    }

    int score() {
        return Integer.parseInt(ui.text("match-score").strip());
    }

    String postingTitle() {
        return ui.text("posting-title");
    }

    List<String> coveredKeywords() {
        return terms("#match-report .keyword-covered");
    }

    List<String> missingKeywords() {
        return terms("#match-report .keyword-missing");
    }

    private List<String> terms(String css) {
        return ui.eachOf(By.cssSelector(css), e -> e.getAttribute("data-term"));
    }

    String matchReportText() {
        return ui.text("match-report");
    }

    TailorPage candidateName(String name) {
        ui.type("candidate-name", name);
        return this;
    }

    TailorPage generateCv() {
        ui.click("generate-cv");
        return this;
    }

    /** Waits until the document is finished (READY or FAILED) and returns which. */
    String awaitFinished() {
        return ui.await(d -> {
            String status = d.findElement(By.id("generation-progress")).getAttribute("data-status");
            return "READY".equals(status) || "FAILED".equals(status) ? status : null;
        }, "the document to be finished");
    }

    /** Every status the progress area has shown so far, recorded in the page (push updates it as they come). */
    void recordStatuses() {
        ((JavascriptExecutor) ui.driver).executeScript("""
                window.seenStatuses = [];
                const target = document.getElementById('generation-progress');
                new MutationObserver(() => window.seenStatuses.push(target.getAttribute('data-status')))
                    .observe(target, {attributes: true, attributeFilter: ['data-status']});""");
    }

    @SuppressWarnings("unchecked")
    List<String> seenStatuses() {
        return (List<String>) ((JavascriptExecutor) ui.driver).executeScript("return window.seenStatuses");
    }

    String failure() {
        return ui.eachOf(By.id("generation-failure"), WebElement::getText).stream().findFirst().orElse("");
    }

    String preview() {
        return ui.text("document-preview");
    }

    /** The artifact id each bullet of the preview links to. */
    List<String> bulletSources() {
        return ui.eachOf(By.cssSelector("#document-preview .preview-bullet [data-artifact-id]"),
                source -> source.getAttribute("data-artifact-id"));
    }

    DocumentsPage openInDocuments() {
        ui.click("open-in-documents");
        return DocumentsPage.shownIn(ui);
    }
}
