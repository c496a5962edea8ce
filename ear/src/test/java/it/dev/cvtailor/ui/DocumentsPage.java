package it.dev.cvtailor.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.openqa.selenium.By;

/** The documents view: a document's detail, its export with the ATS verdict, and its page preview. */
final class DocumentsPage {

    private final Vaadin ui;

    private DocumentsPage(Vaadin ui) {
        this.ui = ui;
    }

    static DocumentsPage shownIn(Vaadin ui) {
        ui.byId("documents-grid");
        return new DocumentsPage(ui);
    }

    DocumentsPage awaitDetail() {
        ui.byId("export-document");
        return this;
    }

    /** Exports in the chosen format (PDF by default) and waits for the download link and the ATS verdict. */
    DocumentsPage export() {
        ui.click("export-document");
        ui.byId("download-export");
        ui.byId("ats-result");
        return this;
    }

    /** Exports and waits for the refusal shown beside the button (an organisation that requires approval). */
    String exportRefused() {
        ui.click("export-document");
        return ui.text("export-refused");
    }

    /** Submits the shown document for review with a note; the review opens. */
    ReviewPage submitForReview(String note) {
        ui.click("submit-for-review");
        ui.textArea("review-note").sendKeys(note);
        ui.click("review-submit");
        ui.awaitUrlContaining("/reviews/");
        return ReviewPage.shownIn(ui);
    }

    String atsPassed() {
        return ui.attribute(By.id("ats-result"), "data-passed");
    }

    String downloadName() {
        return ui.text("download-export");
    }

    /** Clicks the download link and waits for the file to arrive complete in the download folder. */
    Path download(Path folder) {
        ui.click("download-export");
        return ui.await(d -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }, "the download to arrive in " + folder);
    }

    int previewPages() {
        ui.click("preview-pdf");
        ui.await(d -> !d.findElements(By.cssSelector("#pdf-preview img")).isEmpty(), "the page preview");
        ui.await(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('#pdf-preview img'))"
                        + ".every(i => i.complete && i.naturalWidth > 0)"), "the page images to load");
        return ui.driver.findElements(By.cssSelector("#pdf-preview img")).size();
    }

    String preview() {
        return ui.text("document-preview");
    }
}
