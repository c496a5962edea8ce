package it.dev.cvtailor.ui;

import org.openqa.selenium.By;

/** A counsellor's review queue: the waiting submissions, oldest first; a member's email opens the review. */
final class ReviewQueuePage {

    private final Vaadin ui;

    private ReviewQueuePage(Vaadin ui) {
        this.ui = ui;
    }

    static ReviewQueuePage open(Vaadin ui) {
        ui.go("/reviews/queue");
        ui.byId("review-queue");
        return new ReviewQueuePage(ui);
    }

    ReviewQueuePage awaitRow(String text) {
        ui.awaitGridContaining(text);
        return this;
    }

    String text() {
        return ui.gridText();
    }

    /** Opens the (first) waiting submission of the member. */
    ReviewPage open(String ownerEmail) {
        ui.await(d -> d.findElements(By.cssSelector("#review-queue a.open-review")).stream()
                .filter(link -> link.getText().equals(ownerEmail)).findFirst().map(link -> {
                    link.click();
                    return true;
                }).orElse(null), "a queue row of " + ownerEmail + " to open");
        return ReviewPage.shownIn(ui);
    }
}
