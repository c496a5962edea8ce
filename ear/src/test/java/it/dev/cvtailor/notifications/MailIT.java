package it.dev.cvtailor.notifications;

import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.organisations.Team;
import it.dev.cvtailor.organisations.Team.Person;
import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.Mailbox;
import it.dev.cvtailor.platform.Mailbox.Received;
import it.dev.cvtailor.reviews.Reviews;
import jakarta.ws.rs.core.Response;

/**
 * The e-mails people get, as GreenMail (a real SMTP server) receives them from the running server: the invitation
 * with a link that works, and each review event. When the mail server is down the user's request still succeeds;
 * the mail is retried, then given up on.
 */
class MailIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/invitation/([A-Za-z0-9_-]+)");
    private static Team team;

    @BeforeAll
    static void aMailServerAndATeam() {
        Mailbox.start();
        team = Team.create("Harbour Careers");
    }

    @Test
    void theInvitationMailCarriesASingleUseLinkThatAddsTheInvitee() {
        Person invitee = Team.register("mailed");
        Team.invite(team.adminToken(), team.orgId(), invitee.email(), "MEMBER", team.cohortId());
        Received mail = Mailbox.await(invitee.email(), "You are invited to Harbour Careers");
        assertTrue(mail.from().contains("no-reply@cvtailor.dev"), mail.from());
        Matcher link = LINK.matcher(mail.body());
        assertTrue(link.find(), mail.body());
        try (Response accepted = post("/invitations/" + link.group(1) + "/accept", invitee.token(), "")) {
            assertEquals(200, accepted.getStatus(), () -> accepted.readEntity(String.class));
        }
    }

    @Test
    void eachReviewEventMailsTheOtherParty() {
        try (Response created = post("/artifacts", team.memberToken(), Reviews.ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), team.memberToken());
        }
        long documentId = cvOf(team.memberToken());
        long reviewId;
        try (Response submitted = post("/documents/" + documentId + "/reviews", team.memberToken(),
                "{\"note\":\"Please look at my summary\",\"counsellorId\":" + team.counsellorId() + "}")) {
            assertEquals(201, submitted.getStatus(), () -> submitted.readEntity(String.class));
            reviewId = json(submitted).getJsonNumber("id").longValue();
        }
        String counsellorEmail;
        try (Response me = get("/me", team.counsellorToken())) {
            counsellorEmail = json(me).getString("email");
        }
        Received submittedMail = Mailbox.await(counsellorEmail, "waiting for your review");
        assertTrue(submittedMail.body().contains("Please look at my summary"), submittedMail.body());
        assertTrue(submittedMail.body().contains("/reviews/" + reviewId), submittedMail.body());

        Reviews.comment(team.counsellorToken(), reviewId,
                "{\"anchor\":{\"section\":\"summary\"},\"text\":\"Name the warehouse you loaded\"}");
        assertTrue(Mailbox.await(team.memberEmail(), "New comment").body().contains("Name the warehouse you loaded"));
        try (Response changes = Reviews.decide(team.counsellorToken(), reviewId, "CHANGES_REQUESTED")) {
            assertEquals(200, changes.getStatus());
        }
        Mailbox.await(team.memberEmail(), "Changes requested");
        long second = cvOf(team.memberToken());
        long secondReview;
        try (Response submitted = post("/documents/" + second + "/reviews", team.memberToken(),
                "{\"counsellorId\":" + team.counsellorId() + "}")) {
            secondReview = json(submitted).getJsonNumber("id").longValue();
        }
        try (Response approved = Reviews.decide(team.counsellorToken(), secondReview, "APPROVED")) {
            assertEquals(200, approved.getStatus());
        }
        assertTrue(Mailbox.await(team.memberEmail(), "Approved").body().contains("/reviews/" + secondReview));
    }

    @Test
    void aMailServerThatIsDownNeverFailsTheRequestAndTheMailIsGivenUpOnAfterItsRetries() {
        String admin = Admin.token();
        long failedBefore = failedMails(admin);
        Mailbox.stop();
        try {
            Person invitee = Team.register("unmailed");
            try (Response invited = post("/orgs/" + team.orgId() + "/invitations", team.adminToken(),
                    "{\"email\":\"" + invitee.email() + "\",\"role\":\"MEMBER\"}")) {
                assertEquals(201, invited.getStatus(), "the invitation is made although no mail can leave");
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (failedMails(admin) <= failedBefore) {
                if (Instant.now().isAfter(deadline)) {
                    fail("The mail was not marked failed after its retries");
                }
                sleep();
            }
        } finally {
            Mailbox.start();
        }
    }

    private static long cvOf(String token) {
        try (Response created = post("/generate/cv", token, "{\"jobDescription\":\"" + Reviews.POSTING
                + "\",\"candidate\":{\"name\":\"Robin Member\"}}")) {
            long id = json(created).getJsonNumber("id").longValue();
            Api.awaitReadyStatus("/documents/" + id, token);
            return id;
        }
    }

    private static long failedMails(String admin) {
        try (Response counts = get("/admin/mail", admin)) {
            assertEquals(200, counts.getStatus(), () -> counts.readEntity(String.class));
            var body = json(counts);
            return body.containsKey("FAILED") ? body.getJsonNumber("FAILED").longValue() : 0;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(4000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
