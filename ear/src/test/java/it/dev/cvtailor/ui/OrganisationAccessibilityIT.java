package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import it.dev.cvtailor.organisations.Team;
import it.dev.cvtailor.organisations.Team.Person;
import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.reviews.Reviews;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/**
 * The career-services views pass the same axe-core WCAG 2.1 A/AA audit as the rest ({@link AccessibilityIT}): the
 * invitation page signed out and in, the organisation's five tabs, the queue, a review as counsellor (with the
 * comment form open) and as its owner, the member's reviews, the submit form, the insights and the bell's list.
 */
class OrganisationAccessibilityIT extends BrowserIT {

    @Test
    void theCareerServicesViewsPassTheWcagAudit() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long orgId;
        try (Response created = Api.post("/orgs", Admin.token(), Json.createObjectBuilder()
                .add("name", "Audit Careers " + suffix).add("slug", "audit-" + suffix).build().toString())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            orgId = Api.json(created).getJsonNumber("id").longValue();
        }
        Person orgAdmin = Team.join(Admin.token(), orgId, "a11y-orgadmin", "ORG_ADMIN", null);
        long cohortId;
        try (Response created = Api.post("/orgs/" + orgId + "/cohorts", orgAdmin.token(),
                "{\"name\":\"Audit cohort\",\"targetRoles\":[\"Data engineer\"]}")) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            cohortId = Api.json(created).getJsonNumber("id").longValue();
        }
        Person counsellor = Team.join(orgAdmin.token(), orgId, "a11y-counsellor", "COUNSELLOR", cohortId);
        Person member = Team.join(orgAdmin.token(), orgId, "a11y-member", "MEMBER", cohortId);
        try (Response created = Api.post("/artifacts", member.token(), Reviews.ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + Api.json(created).getJsonNumber("id").longValue(), member.token());
        }
        long documentId = Reviews.cv(member.token());
        long reviewId = Reviews.submit(member.token(), documentId, "{\"note\":\"Please check my experience\"}")
                .getJsonNumber("id").longValue();
        Reviews.comment(counsellor.token(), reviewId, Reviews.suggestionOn("experience", "Lead with the outcome",
                "Loaded sales data into the warehouse with batch pipelines in Python and SQL."));
        String pendingToken = Team.invite(orgAdmin.token(), orgId, Api.uniqueEmail("a11y-invitee"), "MEMBER", cohortId);

        List<String> findings = new ArrayList<>();
        InvitationPage.open(ui, pendingToken);
        audit("invitation, signed out", findings);

        signIn(orgAdmin.email(), Api.PASSWORD).toArtifacts();
        OrganisationPage organisation = OrganisationPage.open(ui);
        organisation.awaitMember(member.email());
        audit("organisation: members", findings);
        for (String tab : new String[] {"invitations", "cohorts", "settings", "branding"}) {
            organisation.tab(tab);
            audit("organisation: " + tab, findings);
        }
        InsightsPage.open(ui);
        audit("insights", findings);
        ui.click("sign-out");
        LoginPage.shownIn(ui);

        signIn(counsellor.email(), Api.PASSWORD).toArtifacts();
        ReviewQueuePage.open(ui).awaitRow(member.email());
        audit("review queue", findings);
        ReviewPage review = ReviewPage.open(ui, reviewId);
        ui.byId("review-comments");
        audit("review, as counsellor", findings);
        ui.click(By.cssSelector(".comment-on[data-section='experience'][data-entry='0'][data-bullet='0']"),
                "a bullet's comment button");
        ui.textArea("comment-suggestion");
        audit("review, the comment form", findings);
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        ui.await(d -> d.findElements(By.id("comment-text")).isEmpty(), "the comment form to close");
        assertTrue(review.comments() >= 1);
        ui.click("sign-out");
        LoginPage.shownIn(ui);

        signIn(member.email(), Api.PASSWORD).toArtifacts();
        ui.click("notifications-bell");
        ui.byId("notifications-list");
        audit("the notifications", findings);
        ReviewPage.open(ui, reviewId);
        ui.byId("review-comments");
        audit("review, as its owner", findings);
        ui.go("/reviews");
        ui.byId("document-reads");
        audit("my reviews", findings);
        ui.go("/documents?document=" + documentId);
        DocumentsPage.shownIn(ui).awaitDetail();
        ui.click("submit-for-review");
        ui.textArea("review-note");
        audit("documents, the submit form", findings);
        InvitationPage.open(ui, pendingToken);
        ui.byId("accept-invitation");
        audit("invitation, signed in", findings);

        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    private void audit(String view, List<String> findings) {
        // colours are read as they are: wait out the theme's and the fields' transitions first
        ui.await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.getAnimations().every(a => a.playState !== 'running')"), "transitions to finish");
        Axe.seriousViolations(browser).forEach(v -> findings.add(view + ": " + v));
    }
}
