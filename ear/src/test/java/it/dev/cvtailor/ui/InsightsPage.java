package it.dev.cvtailor.ui;

import java.util.List;

import org.openqa.selenium.By;

/** The insights view: the figures table (suppressed cells say so), the charts and the CSV download. */
final class InsightsPage {

    private final Vaadin ui;

    private InsightsPage(Vaadin ui) {
        this.ui = ui;
    }

    static InsightsPage open(Vaadin ui) {
        ui.go("/insights");
        ui.byId("insights-table");
        return new InsightsPage(ui);
    }

    /** The text of each figure cell of the cohort's row. */
    List<String> figures(String cohort) {
        return ui.eachOf(By.cssSelector("#insights-table tr.insights-row[data-cohort='" + cohort + "'] td.figure"),
                cell -> cell.getText());
    }

    /** How many of the cohort's figures are suppressed. */
    long suppressed(String cohort) {
        return ui.eachOf(By.cssSelector("#insights-table tr.insights-row[data-cohort='" + cohort + "'] td.figure"),
                cell -> cell.getAttribute("data-suppressed")).stream().filter("true"::equals).count();
    }

    String text() {
        return ui.text("insights-content");
    }

    String csvLink() {
        return ui.attribute(By.id("insights-csv"), "href");
    }
}
