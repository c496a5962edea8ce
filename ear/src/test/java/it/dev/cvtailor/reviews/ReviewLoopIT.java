package it.dev.cvtailor.reviews;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static it.dev.cvtailor.reviews.Reviews.ARTIFACT;
import static it.dev.cvtailor.reviews.Reviews.comment;
import static it.dev.cvtailor.reviews.Reviews.cv;
import static it.dev.cvtailor.reviews.Reviews.decide;
import static it.dev.cvtailor.reviews.Reviews.open;
import static it.dev.cvtailor.reviews.Reviews.submit;
import static it.dev.cvtailor.reviews.Reviews.suggestionOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.organisations.Team;
import it.dev.cvtailor.organisations.Team.Person;
import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * The review loop over HTTP: every state transition and every refusal (the wrong party 403, outsiders 404), the
 * anchored comments and threaded replies, suggestions that pass or fail the claim verifier, resubmission, the export
 * gate, and the member's record of who read their CV.
 */
class ReviewLoopIT {



    private static Team team;

    @BeforeAll
    static void aTeam() {
        team = Team.create("Riverside Careers Centre");
        try (Response created = post("/artifacts", team.memberToken(), ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), team.memberToken());
        }
    }




    /** The anchor of the first bullet of the first entry of the CV's experience, and that bullet's text. */
    static String[] firstBullet(JsonObject review) {
        JsonObject content = review.getJsonObject("document").getJsonObject("content");
        String section = content.getJsonArray("experience").isEmpty() ? "projects" : "experience";
        String text = content.getJsonArray(section).getJsonObject(0).getJsonArray("bullets").getJsonObject(0)
                .getString("text");
        return new String[] {section, text};
    }

    @Test
    void aCounsellorReadsCommentsSuggestsAndTheMemberAcceptsResubmitsAndGetsApproval() {
        long documentId = cv(team.memberToken());
        JsonObject submitted = submit(team.memberToken(), documentId, "{\"note\":\"First CV for data roles\"}");
        long reviewId = submitted.getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", submitted.getString("state"));

        try (Response queue = get("/reviews?cohortId=" + team.cohortId(), team.counsellorToken())) {
            assertTrue(json(queue).getJsonArray("items").stream()
                    .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == reviewId), "in the queue");
        }
        JsonObject review = open(team.counsellorToken(), reviewId);
        assertEquals("IN_REVIEW", review.getString("state"), "opening starts the review");
        assertTrue(review.getJsonObject("matchReport").containsKey("keywordCoverage"));
        try (Response reads = get("/me/document-access", team.memberToken())) {
            assertTrue(reads.readEntity(String.class).contains("counsellor-"), "the member sees who read it");
        }

        String[] bullet = firstBullet(review);
        String unsupported = bullet[1] + " Ran it on Kubernetes across 42 clusters.";
        long lie = comment(team.counsellorToken(), reviewId, suggestionOn(bullet[0], "Say more?", unsupported));
        try (Response refused = post("/reviews/" + reviewId + "/comments/" + lie + "/accept", team.memberToken(), "")) {
            String detail = assertProblem(refused, 422).getString("detail");
            assertTrue(detail.contains("Kubernetes") || detail.contains("42"), detail);
        }
        String reworded = "In short: " + bullet[1];
        long suggestion = comment(team.counsellorToken(), reviewId,
                suggestionOn(bullet[0], "Lead with the outcome", reworded));
        long reply = comment(team.memberToken(), reviewId, "{\"parentId\":" + suggestion + ",\"text\":\"Good idea\"}");
        try (Response refused = post("/reviews/" + reviewId + "/comments/" + suggestion + "/accept",
                team.counsellorToken(), "")) {
            assertProblem(refused, 403);
        }
        long revisedId;
        try (Response accepted = post("/reviews/" + reviewId + "/comments/" + suggestion + "/accept",
                team.memberToken(), "")) {
            assertEquals(200, accepted.getStatus(), () -> accepted.readEntity(String.class));
            JsonObject revised = json(accepted);
            revisedId = revised.getJsonNumber("id").longValue();
            assertNotEquals(documentId, revisedId);
            assertTrue(revised.getString("text").contains(reworded), revised.getString("text"));
            assertFalse(revised.getString("text").contains("Kubernetes"));
        }
        JsonObject afterAccept = open(team.memberToken(), reviewId);
        JsonObject thread = afterAccept.getJsonArray("comments").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getJsonNumber("id").longValue() == suggestion).findFirst().orElseThrow();
        assertEquals("ACCEPTED", thread.getString("suggestionState"));
        assertEquals(reply, thread.getJsonArray("replies").getJsonObject(0).getJsonNumber("id").longValue());

        try (Response refused = decide(team.memberToken(), reviewId, "APPROVED")) {
            assertProblem(refused, 403);
        }
        try (Response changes = decide(team.counsellorToken(), reviewId, "CHANGES_REQUESTED")) {
            assertEquals(200, changes.getStatus(), () -> changes.readEntity(String.class));
            assertEquals("CHANGES_REQUESTED", json(changes).getString("state"));
        }
        JsonObject resubmitted = submit(team.memberToken(), revisedId, "{}");
        long secondId = resubmitted.getJsonNumber("id").longValue();
        assertEquals(reviewId, resubmitted.getJsonNumber("previousId").longValue(), "linked to the earlier review");
        assertEquals("RESUBMITTED", open(team.memberToken(), reviewId).getString("state"));
        try (Response again = post("/documents/" + revisedId + "/reviews", team.memberToken(), "{}")) {
            assertProblem(again, 409);
        }
        try (Response approved = decide(team.counsellorToken(), secondId, "APPROVED")) {
            assertEquals(200, approved.getStatus(), () -> approved.readEntity(String.class));
        }
        try (Response twice = decide(team.counsellorToken(), secondId, "CHANGES_REQUESTED")) {
            assertProblem(twice, 409);
        }
        List<String> states = open(team.memberToken(), secondId).getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("state")).toList();
        assertEquals(List.of("SUBMITTED", "APPROVED"), states, "decided without opening first");
        try (Response notices = get("/me/notifications?unread=true", team.memberToken())) {
            String kinds = notices.readEntity(String.class);
            assertTrue(kinds.contains("APPROVED") && kinds.contains("CHANGES_REQUESTED") && kinds.contains("COMMENT"),
                    kinds);
        }
    }

    @Test
    void whenReviewIsRequiredOnlyAnApprovedVersionIsExported() {
        Team gated = Team.create("Gated Careers");
        gated.settings("{\"reviewRequired\":true}");
        try (Response created = post("/artifacts", gated.memberToken(), ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), gated.memberToken());
        }
        long documentId = cv(gated.memberToken());
        try (Response refused = post("/export/" + documentId, gated.memberToken(), "{\"format\":\"pdf\"}")) {
            assertTrue(assertProblem(refused, 409).getString("detail").contains("approval"));
        }
        long reviewId = submit(gated.memberToken(), documentId, "{\"counsellorId\":" + gated.counsellorId() + "}")
                .getJsonNumber("id").longValue();
        try (Response refused = post("/export/" + documentId, gated.memberToken(), "{\"format\":\"docx\"}")) {
            assertProblem(refused, 409);
        }
        try (Response approved = decide(gated.counsellorToken(), reviewId, "APPROVED")) {
            assertEquals(200, approved.getStatus());
        }
        try (Response exported = post("/export/" + documentId, gated.memberToken(), "{\"format\":\"pdf\"}")) {
            assertEquals(200, exported.getStatus(), () -> exported.readEntity(String.class));
        }
        long newer = cv(gated.memberToken());
        try (Response refused = post("/export/" + newer, gated.memberToken(), "{\"format\":\"pdf\"}")) {
            assertProblem(refused, 409);
        }
    }

    @Test
    void theMemberWithdrawsTheCounsellorCannotAndAWithdrawnOneTakesNoComments() {
        long documentId = cv(team.memberToken());
        long reviewId = submit(team.memberToken(), documentId, "{}").getJsonNumber("id").longValue();
        try (Response refused = Api.request("/reviews/" + reviewId, team.counsellorToken()).delete()) {
            assertProblem(refused, 403);
        }
        try (Response withdrawn = Api.request("/reviews/" + reviewId, team.memberToken()).delete()) {
            assertEquals(204, withdrawn.getStatus());
        }
        try (Response twice = Api.request("/reviews/" + reviewId, team.memberToken()).delete()) {
            assertProblem(twice, 409);
        }
        try (Response refused = post("/reviews/" + reviewId + "/comments", team.counsellorToken(),
                "{\"anchor\":{\"section\":\"summary\"},\"text\":\"late\"}")) {
            assertProblem(refused, 409);
        }
        try (Response refused = decide(team.counsellorToken(), reviewId, "APPROVED")) {
            assertProblem(refused, 409);
        }
    }

    @Test
    void badCommentsAndDecisionsAreRefusedWithTheFieldNamed() {
        long documentId = cv(team.memberToken());
        long reviewId = submit(team.memberToken(), documentId, "{}").getJsonNumber("id").longValue();
        try (Response bad = post("/reviews/" + reviewId + "/comments", team.counsellorToken(),
                "{\"anchor\":{\"section\":\"experience\",\"entry\":99,\"bullet\":0},\"text\":\"?\"}")) {
            assertEquals("anchor", assertProblem(bad, 400).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        try (Response bad = post("/reviews/" + reviewId + "/comments", team.counsellorToken(),
                "{\"anchor\":{\"section\":\"summary\"},\"text\":\"\"}")) {
            assertProblem(bad, 400);
        }
        try (Response bad = post("/reviews/" + reviewId + "/comments", team.memberToken(),
                "{\"anchor\":{\"section\":\"summary\"},\"text\":\"mine\",\"suggestion\":\"Better words\"}")) {
            assertProblem(bad, 403);
        }
        try (Response bad = decide(team.counsellorToken(), reviewId, "MAYBE")) {
            assertProblem(bad, 400);
        }
        try (Response bad = post("/documents/" + documentId + "/reviews", team.memberToken(),
                "{\"counsellorId\":" + team.memberId() + "}")) {
            assertProblem(bad, 400);
        }
        try (Response bad = get("/reviews?state=LOST", team.counsellorToken())) {
            assertProblem(bad, 400);
        }
    }

    @Test
    void outsidersAndOtherOrganisationsGet404AndAMemberOutsideAnOrganisationCannotSubmit() {
        long documentId = cv(team.memberToken());
        long reviewId = submit(team.memberToken(), documentId, "{}").getJsonNumber("id").longValue();
        Team other = Team.create("Elsewhere Careers");
        Person loner = Team.register("loner");
        for (String intruder : new String[] {other.counsellorToken(), other.adminToken(), loner.token()}) {
            try (Response refused = get("/reviews/" + reviewId, intruder)) {
                assertProblem(refused, 404);
            }
            try (Response refused = decide(intruder, reviewId, "APPROVED")) {
                assertProblem(refused, 404);
            }
            try (Response refused = post("/reviews/" + reviewId + "/comments", intruder,
                    "{\"anchor\":{\"section\":\"summary\"},\"text\":\"hello\"}")) {
                assertProblem(refused, 404);
            }
            try (Response refused = post("/documents/" + documentId + "/reviews", intruder, "{}")) {
                assertProblem(refused, 404);
            }
        }
        try (Response created = post("/artifacts", loner.token(), ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), loner.token());
        }
        try (Response refused = post("/documents/" + cv(loner.token()) + "/reviews", loner.token(), "{}")) {
            assertProblem(refused, 409);
        }
    }

    @Test
    void aRestrictedCounsellorSeesOnlyTheirCohortsAndLeavingEndsAccessAtOnce() {
        Team restricted = Team.create("Restricted Careers");
        restricted.settings("{\"counsellorsRestricted\":true}");
        Person outsideCohort = Team.join(restricted.adminToken(), restricted.orgId(), "no-cohort", "MEMBER", null);
        try (Response created = post("/artifacts", outsideCohort.token(), ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), outsideCohort.token());
        }
        long reviewId = submit(outsideCohort.token(), cv(outsideCohort.token()), "{}").getJsonNumber("id").longValue();
        try (Response hidden = get("/reviews/" + reviewId, restricted.counsellorToken())) {
            assertProblem(hidden, 404);
        }
        try (Response queue = get("/reviews", restricted.counsellorToken())) {
            assertFalse(queue.readEntity(String.class).contains("\"id\":" + reviewId + ","));
        }
        assertEquals(200, get("/reviews/" + reviewId, restricted.adminToken()).getStatus(), "org admins see all");
        try (Response left = Api.request("/orgs/" + restricted.orgId() + "/members/" + outsideCohort.id(),
                outsideCohort.token()).delete()) {
            assertEquals(204, left.getStatus());
        }
        try (Response gone = get("/reviews/" + reviewId, restricted.adminToken())) {
            assertProblem(gone, 404);
        }
        assertEquals(200, get("/reviews/" + reviewId, outsideCohort.token()).getStatus(), "still the member's own");
    }

    @Test
    void theMembersDataExportHoldsTheirSubmissionsAndCommentsAndDeletingTheAccountTakesThemAway() {
        Person leaving = Team.join(team.adminToken(), team.orgId(), "gdpr", "MEMBER", team.cohortId());
        try (Response created = post("/artifacts", leaving.token(), ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), leaving.token());
        }
        long reviewId = submit(leaving.token(), cv(leaving.token()), "{\"note\":\"my note\"}").getJsonNumber("id")
                .longValue();
        comment(team.counsellorToken(), reviewId, "{\"anchor\":{\"section\":\"summary\"},\"text\":\"Add a result\"}");
        assertEquals(200, get("/reviews/" + reviewId, team.counsellorToken()).getStatus());
        try (Response export = get("/me/export", leaving.token())) {
            JsonObject data = json(export);
            JsonObject submission = data.getJsonArray("submissions").getJsonObject(0);
            assertEquals(reviewId, submission.getJsonNumber("id").longValue());
            assertEquals("Add a result", submission.getJsonArray("comments").getJsonObject(0).getString("text"));
            assertFalse(data.getJsonArray("documentReads").isEmpty(), "who read it is theirs to know");
        }
        try (Response deleted = Api.request("/me", leaving.token()).delete()) {
            assertEquals(204, deleted.getStatus());
        }
        try (Response gone = get("/reviews/" + reviewId, team.counsellorToken())) {
            assertProblem(gone, 404);
        }
    }

    @Test
    void notificationsAreTheirOwnersAlone() {
        long documentId = cv(team.memberToken());
        long reviewId = submit(team.memberToken(), documentId, "{}").getJsonNumber("id").longValue();
        comment(team.counsellorToken(), reviewId, "{\"anchor\":{\"section\":\"summary\"},\"text\":\"Shorter, please\"}");
        long id;
        try (Response list = get("/me/notifications?unread=true", team.memberToken())) {
            JsonArray items = (JsonArray) Api.parse(list.readEntity(String.class));
            id = items.getJsonObject(0).getJsonNumber("id").longValue();
        }
        try (Response refused = post("/me/notifications/read", team.counsellorToken(), "{\"ids\":[" + id + "]}")) {
            assertProblem(refused, 404);
        }
        try (Response read = post("/me/notifications/read", team.memberToken(), "{\"ids\":[" + id + "]}")) {
            assertEquals(204, read.getStatus());
        }
    }



}
