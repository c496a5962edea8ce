package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import it.dev.cvtailor.organisations.Team;
import it.dev.cvtailor.organisations.Team.Person;
import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.Mailbox;
import it.dev.cvtailor.reviews.Reviews;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/**
 * A career-services team in the browser. An installation admin makes the organisation and invites its org admin
 * (over the API); then the org admin requires review before export and invites a counsellor and a member by CSV;
 * the member accepts the mailed link (signing in through it), is refused an export of an unapproved CV, and
 * submits it; the counsellor works the queue and suggests a wording for a bullet; the member accepts it (told of
 * the comment by the bell, pushed live) and resubmits the new version; the counsellor approves and the member
 * exports it; the insights show the cohort with its small cells hidden.
 */
class CareerServicesJourneyIT extends BrowserIT {

    private static final Pattern INVITATION_LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    @Test
    void anOrganisationInvitesByCsvReviewsACvWithASuggestionApprovesItAndSeesItsCohort() throws Exception {
        Mailbox.start();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String orgName = "Harbour Careers " + suffix;
        String cohort = "Spring cohort " + suffix;
        long orgId;
        try (Response created = Api.post("/orgs", Admin.token(), Json.createObjectBuilder().add("name", orgName)
                .add("slug", "harbour-" + suffix).build().toString())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            orgId = Api.json(created).getJsonNumber("id").longValue();
        }
        Person orgAdmin = Team.join(Admin.token(), orgId, "orgadmin", "ORG_ADMIN", null);
        Person counsellor = Team.register("counsellor");
        Person member = Team.register("member");

        // (1) the org admin requires review before export, and invites a counsellor and a member by CSV
        signIn(orgAdmin.email(), Api.PASSWORD).toArtifacts();
        OrganisationPage organisation = OrganisationPage.open(ui);
        assertEquals(orgName, organisation.heading());
        organisation.requireReview();
        Path csv = Files.createTempFile("invitations", ".csv");
        Files.writeString(csv, "email,role,cohort\n" + counsellor.email() + ",counsellor," + cohort + "\n"
                + member.email() + ",member," + cohort + "\nnot-an-address,member," + cohort + "\n");
        OrganisationPage.CsvReport report = organisation.inviteFromCsv(csv);
        assertEquals(2, report.created(), report.text());
        assertEquals(0, report.unchanged(), report.text());
        assertEquals(1, report.errors().size(), report.text());
        assertTrue(report.errors().get(0).startsWith("Line 4:") && report.errors().get(0).contains("not-an-address"),
                report.text());
        String pending = organisation.pendingInvitations();
        assertTrue(pending.contains(counsellor.email()) && pending.contains(member.email()), pending);
        try (Response accepted = Api.post("/invitations/" + mailedToken(counsellor.email(), orgName) + "/accept",
                counsellor.token(), "")) {
            assertEquals(200, accepted.getStatus(), () -> accepted.readEntity(String.class));
        }
        signOut();

        // (2) the member opens the mailed link signed out, signs in through it, accepts, and submits a CV
        InvitationPage invitation = InvitationPage.open(ui, mailedToken(member.email(), orgName));
        assertTrue(invitation.offer().contains(orgName) && invitation.offer().contains(member.email()),
                invitation.offer());
        String joined = invitation.signInThrough(member.email(), Api.PASSWORD).accept();
        assertTrue(joined.contains("joined " + orgName), joined);
        invitation.continueOn();
        ui.byId("org-nav");
        try (Response created = Api.post("/artifacts", member.token(), Reviews.ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + Api.json(created).getJsonNumber("id").longValue(), member.token());
        }
        long documentId = Reviews.cv(member.token());
        ui.go("/documents?document=" + documentId);
        DocumentsPage documents = DocumentsPage.shownIn(ui).awaitDetail();
        String refusal = documents.exportRefused();
        assertTrue(refusal.contains("approv"), "the export of an unapproved version is refused with the reason: "
                + refusal);
        ReviewPage submitted = documents.submitForReview("First CV for data roles: is the experience clear?");
        assertEquals("SUBMITTED", submitted.state());
        long firstReview = submitted.reviewId();
        signOut();

        // (3) the counsellor opens the queue and the review, and suggests a wording for a bullet
        signIn(counsellor.email(), Api.PASSWORD).toArtifacts();
        ui.await(d -> d.findElement(By.id("notifications-bell")).getAttribute("aria-label").contains("1 unread")
                && "1".equals(d.findElement(By.id("notifications-count")).getText()),
                "the bell to count the submission, in its badge and its accessible name");
        ReviewQueuePage queue = ReviewQueuePage.open(ui).awaitRow(member.email());
        assertTrue(queue.text().contains("CV v1"), queue.text());
        ReadmeScreenshots.take(browser, "review-queue");
        ReviewPage review = queue.open(member.email()).awaitState("IN_REVIEW");
        assertEquals(firstReview, review.reviewId());
        assertTrue(review.coverage().contains("Python"), "the keyword coverage: " + review.coverage());
        String section = review.firstEntrySection();
        String bullet = review.bulletText(section, 0, 0);
        String reworded = "In short: " + bullet;
        review.commentOnBullet(section, 0, 0, "Lead with the outcome", reworded);
        assertTrue(review.commentsText().contains("Lead with the outcome") && review.commentsText().contains(reworded),
                review.commentsText());
        ReadmeScreenshots.take(browser, "review");
        signOut();

        // (4) the member hears of it from the bell, accepts the suggestion and submits the new version
        signIn(member.email(), Api.PASSWORD).toArtifacts();
        ui.await(d -> !"0".equals(d.findElement(By.id("notifications-bell")).getAttribute("data-count")),
                "the bell to count the comment");
        ui.click("notifications-bell");
        ui.click(By.cssSelector(".notification-item[data-review-id='" + firstReview + "'] vaadin-button"),
                "the comment's notification");
        review = ReviewPage.shownIn(ui);
        assertEquals(firstReview, review.reviewId());
        String countBefore = ui.attribute(By.id("notifications-bell"), "data-count");
        try (Response reply = Api.post("/reviews/" + firstReview + "/comments", counsellor.token(), Json
                .createObjectBuilder().add("anchor", Json.createObjectBuilder().add("section", "summary"))
                .add("text", "Also: a line on your thesis?").build().toString())) {
            assertEquals(201, reply.getStatus(), () -> reply.readEntity(String.class));
        }
        ui.await(d -> !countBefore.equals(d.findElement(By.id("notifications-bell")).getAttribute("data-count")),
                "the bell to update without a reload (pushed)");
        String accepted = review.acceptSuggestion();
        assertTrue(accepted.contains("Version 2 has been made"), accepted);
        ReviewPage resubmitted = review.submitNewVersion().awaitState("SUBMITTED");
        long secondReview = resubmitted.reviewId();
        assertTrue(secondReview != firstReview);
        signOut();

        // (5) the counsellor approves the new version; the member exports it
        signIn(counsellor.email(), Api.PASSWORD).toArtifacts();
        ReviewPage second = ReviewQueuePage.open(ui).awaitRow(member.email()).open(member.email());
        assertEquals(secondReview, second.reviewId(), "the earlier submission left the queue when replaced");
        assertTrue(second.bulletText(section, 0, 0).equals(reworded), "the new version has the accepted wording");
        second.approve("Ready to send.");
        assertTrue(second.history().contains("Approved"), second.history());
        signOut();
        signIn(member.email(), Api.PASSWORD).toArtifacts();
        documents = ReviewPage.open(ui, secondReview).awaitState("APPROVED").openInDocuments().export();
        Path pdf = documents.download(downloads);
        assertTrue(pdf.getFileName().toString().endsWith(".pdf"), pdf.toString());
        ui.go("/reviews");
        ui.byId("my-reviews");
        ui.awaitGridContaining("Approved");
        String myReviews = ui.gridText();
        assertTrue(myReviews.contains("Replaced by a newer version") && myReviews.contains(counsellor.email()),
                "both submissions, and who read them: " + myReviews);
        signOut();

        // (6) the insights show the cohort, its figures hidden: one member is fewer than five
        signIn(orgAdmin.email(), Api.PASSWORD).toArtifacts();
        InsightsPage insights = InsightsPage.open(ui);
        List<String> figures = insights.figures(cohort);
        assertEquals(8, figures.size(), insights.text());
        assertEquals(8, insights.suppressed(cohort), figures.toString());
        assertTrue(figures.stream().allMatch(f -> f.equals("hidden (fewer than 5 members)")), figures.toString());
        assertTrue(insights.text().contains("left out of the chart: " + cohort), insights.text());
        assertFalse(insights.csvLink() == null || insights.csvLink().isBlank(), "a CSV download");
        ReadmeScreenshots.take(browser, "insights");
        OrganisationPage.open(ui).awaitMember(member.email()).awaitMember(counsellor.email());
        ReadmeScreenshots.take(browser, "organisation");
    }

    /** The one-time token of the invitation mailed to the address. */
    private static String mailedToken(String email, String orgName) {
        String body = Mailbox.await(email, "You are invited to " + orgName).body();
        Matcher link = INVITATION_LINK.matcher(body);
        assertTrue(link.find(), body);
        return link.group(1);
    }

    private void signOut() {
        ui.click("sign-out");
        LoginPage.shownIn(ui);
    }
}
