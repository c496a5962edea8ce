package it.dev.cvtailor.ui;

import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;

/** The organisation view of an org admin: members, invitations (one, or a CSV), cohorts, settings, branding. */
final class OrganisationPage {

    private final Vaadin ui;

    private OrganisationPage(Vaadin ui) {
        this.ui = ui;
    }

    static OrganisationPage open(Vaadin ui) {
        ui.go("/organisation");
        ui.byId("org-tabs");
        return new OrganisationPage(ui);
    }

    String heading() {
        return ui.text("org-heading");
    }

    /** Opens the section (one is open at a time). */
    OrganisationPage tab(String name) {
        ui.await(d -> {
            if (Boolean.parseBoolean(d.findElement(By.id("section-" + name)).getDomProperty("opened"))) {
                return true;
            }
            var heading = d.findElement(By.cssSelector("#section-" + name + " vaadin-details-summary"));
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", heading);
            try {
                heading.click();
            } catch (ElementClickInterceptedException covered) {
                // a notification or the closing section's animation was in the way: try again
            }
            return null;
        }, "the " + name + " section to open");
        return this;
    }

    /** Uploads the CSV on the invitations tab and waits for its report. */
    CsvReport inviteFromCsv(Path csv) {
        tab("invitations");
        ui.byId("invite-csv");
        ui.chooseFile("invite-csv", csv);
        ui.byId("csv-summary");
        By summary = By.id("csv-summary");
        return new CsvReport(Integer.parseInt(ui.attribute(summary, "data-created")),
                Integer.parseInt(ui.attribute(summary, "data-unchanged")),
                ui.eachOf(By.cssSelector("#csv-errors .csv-error"), e -> e.getText()), ui.text("csv-report"));
    }

    /** What a CSV upload did: rows that invited, rows that changed nothing, each refused line's text. */
    record CsvReport(int created, int unchanged, java.util.List<String> errors, String text) {
    }

    String pendingInvitations() {
        ui.byId("pending-invitations");
        return ui.gridText();
    }

    /** Turns on "a counsellor must approve before export" on the settings tab and saves. */
    OrganisationPage requireReview() {
        tab("settings");
        ui.await(d -> {
            var box = d.findElement(By.id("setting-review-required"));
            if (!Boolean.parseBoolean(box.getDomProperty("checked"))) {
                box.click();
            }
            return Boolean.parseBoolean(box.getDomProperty("checked"));
        }, "the review-required setting to be on");
        ui.click("settings-save");
        ui.awaitNotification("The settings have been saved");
        return this;
    }

    OrganisationPage awaitMember(String email) {
        tab("members");
        ui.byId("members-grid");
        ui.awaitGridContaining(email);
        return this;
    }
}
