package it.dev.cvtailor.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * One review: the document with a comment button on every part, the comments beside it, and the owner's or the
 * counsellor's actions. Parts are named as the anchors are: section, entry, bullet (from 0).
 */
final class ReviewPage {

    private static final Pattern ID = Pattern.compile("/reviews/(\\d+)");

    private final Vaadin ui;

    private ReviewPage(Vaadin ui) {
        this.ui = ui;
    }

    static ReviewPage open(Vaadin ui, long reviewId) {
        ui.go("/reviews/" + reviewId);
        return shownIn(ui);
    }

    static ReviewPage shownIn(Vaadin ui) {
        ui.byId("review-document");
        return new ReviewPage(ui);
    }

    long reviewId() {
        Matcher matcher = ID.matcher(ui.driver.getCurrentUrl());
        if (!matcher.find()) {
            throw new AssertionError("not on a review: " + ui.driver.getCurrentUrl());
        }
        return Long.parseLong(matcher.group(1));
    }

    String state() {
        return ui.attribute(By.id("review-state"), "data-state");
    }

    ReviewPage awaitState(String state) {
        ui.await(d -> state.equals(d.findElement(By.id("review-state")).getAttribute("data-state")),
                "the review to be " + state);
        return this;
    }

    private static String part(String section, int entry, int bullet) {
        return "[data-section='" + section + "'][data-entry='" + entry + "'][data-bullet='" + bullet + "']";
    }

    String bulletText(String section, int entry, int bullet) {
        return ui.now(d -> d.findElement(By.cssSelector("li.review-bullet" + part(section, entry, bullet)
                + " .bullet-text")).getText(), "the text of bullet " + section + "/" + entry + "/" + bullet);
    }

    /** The section of the first entry of the CV: experience when it has some, else projects. */
    String firstEntrySection() {
        return ui.await(d -> !d.findElements(By.cssSelector("li.review-bullet[data-section='experience']")).isEmpty()
                ? "experience" : !d.findElements(By.cssSelector("li.review-bullet[data-section='projects']")).isEmpty()
                ? "projects" : null, "a bullet in experience or projects");
    }

    /** Comments on one bullet, with a suggested wording when given (counsellors only). */
    ReviewPage commentOnBullet(String section, int entry, int bullet, String text, String suggestion) {
        ui.click(By.cssSelector(".comment-on" + part(section, entry, bullet)), "the comment button of the bullet");
        ui.textArea("comment-text").sendKeys(text);
        if (suggestion != null) {
            ui.await(d -> {
                var area = ui.textArea("comment-suggestion");
                area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                area.sendKeys(suggestion);
                return suggestion.equals(area.getDomProperty("value"));
            }, "the suggestion to take the wording");
        }
        int before = comments();
        ui.click("comment-save");
        ui.await(d -> comments() > before, "the comment to show beside the document");
        return this;
    }

    int comments() {
        return ui.eachOf(By.cssSelector("#review-comments .review-comment"), e -> e).size();
    }

    String commentsText() {
        return ui.text("review-comments");
    }

    /** The owner accepts the first pending suggestion; the notification names the new version. */
    String acceptSuggestion() {
        ui.click(By.cssSelector("#review-comments .accept-suggestion"), "Accept on a suggestion");
        return ui.await(d -> {
            String shown = ui.notifications();
            List<String> refused = ui.eachOf(By.cssSelector(".suggestion-refused p"), e -> e.getText());
            return shown.contains("has been made") ? shown : refused.isEmpty() ? null : "REFUSED: " + refused;
        }, "the suggestion's outcome");
    }

    /** Submits the version the accepted suggestions made; the new review opens. */
    ReviewPage submitNewVersion() {
        long before = reviewId();
        ui.click("submit-new-version");
        ui.await(d -> {
            Matcher matcher = ID.matcher(d.getCurrentUrl());
            return matcher.find() && Long.parseLong(matcher.group(1)) != before;
        }, "the new submission to open");
        return shownIn(ui);
    }

    ReviewPage approve(String note) {
        ui.textArea("decision-note").sendKeys(note);
        ui.click("approve-review");
        return awaitState("APPROVED");
    }

    DocumentsPage openInDocuments() {
        ui.click("open-document");
        return DocumentsPage.shownIn(ui).awaitDetail();
    }

    String coverage() {
        return ui.text("review-match");
    }

    String history() {
        return ui.text("review-history");
    }
}
