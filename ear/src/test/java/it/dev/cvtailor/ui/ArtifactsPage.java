package it.dev.cvtailor.ui;

import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The artifacts view, its editor dialog, and its upload dialog. */
final class ArtifactsPage {

    private final Vaadin ui;

    private ArtifactsPage(Vaadin ui) {
        this.ui = ui;
    }

    static ArtifactsPage shownIn(Vaadin ui) {
        ui.byId("artifacts-grid");
        return new ArtifactsPage(ui);
    }

    static ArtifactsPage open(Vaadin ui) {
        ui.go("/");
        return shownIn(ui);
    }

    String signedInUser() {
        return ui.text("signed-in-user");
    }

    ArtifactsPage awaitRow(String text) {
        ui.awaitGridContaining(text);
        return this;
    }

    String gridText() {
        return ui.gridText();
    }

    /** Opens the editor for a new artifact. */
    ArtifactsPage startNew() {
        ui.click("add-artifact");
        ui.input("artifact-title");
        return this;
    }

    ArtifactsPage title(String title) {
        ui.type("artifact-title", title);
        return this;
    }

    ArtifactsPage evidence(String url) {
        ui.type("evidence-url", url);
        ui.click("add-evidence");
        ui.await(d -> d.findElement(By.id("evidence-links")).getText().contains(url), "the link listed in the form");
        return this;
    }

    ArtifactsPage save() {
        ui.click("save-artifact");
        ui.await(d -> d.findElements(By.id("artifact-form")).stream().noneMatch(WebElement::isDisplayed),
                "the editor to close");
        return this;
    }

    /** Opens an artifact's editor by clicking its row. */
    ArtifactsPage openRow(String title) {
        awaitRow(title);
        ui.clickGridCell(title);
        ui.input("artifact-title");
        return this;
    }

    /** Waits until the editor shows the link with the given validation status (VALID, BROKEN, ...). */
    ArtifactsPage awaitEvidenceStatus(String url, String status) {
        ui.await(d -> d.findElements(By.cssSelector("#evidence-links .evidence-link")).stream()
                .anyMatch(row -> row.getText().contains(url)
                        && !row.findElements(By.cssSelector("[data-status='" + status + "']")).isEmpty()),
                "the link " + url + " to be " + status);
        return this;
    }

    /** Drops the file into the upload dialog (through the upload's file input, as a user choosing it would). */
    ArtifactsPage upload(Path file) {
        if (!ui.now(d -> d.findElements(By.id("artifact-upload")).stream().anyMatch(WebElement::isDisplayed),
                "whether the upload dialog is open")) {
            ui.click("upload-artifact");
        }
        ui.chooseFile("artifact-upload", file);
        return this;
    }

    void closeUpload() {
        ui.click("close-upload");
        ui.await(d -> d.findElements(By.id("artifact-upload")).isEmpty(), "the upload dialog to close");
    }

    TailorPage toTailor() {
        ui.click(By.cssSelector("vaadin-side-nav-item[path='tailor']"), "the Tailor navigation item");
        return TailorPage.shownIn(ui);
    }
}
