package it.dev.cvtailor.reviews;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
 * Cohort insights computed from what members really did: five members with CVs for a posting that asks for a skill
 * none of them has (a skill gap of five), one approved; a cohort of two shows nothing but that it is suppressed.
 */
class InsightsIT {

    static final String POSTING = "Data Engineer. Must have: Python, SQL and Kubernetes for our warehouse pipelines.";
    private static Team team;
    private static long smallCohort;

    @BeforeAll
    static void aCohortOfFiveAndOneOfTwo() {
        team = Team.create("Insightful Careers");
        try (Response created = post("/orgs/" + team.orgId() + "/cohorts", team.adminToken(),
                "{\"name\":\"Evening class\"}")) {
            smallCohort = json(created).getJsonNumber("id").longValue();
        }
        List<String> members = new ArrayList<>(List.of(team.memberToken()));
        for (int i = 0; i < 4; i++) {
            members.add(Team.join(team.adminToken(), team.orgId(), "cohort-member", "MEMBER", team.cohortId()).token());
        }
        for (int i = 0; i < 2; i++) {
            Team.join(team.adminToken(), team.orgId(), "evening-member", "MEMBER", smallCohort);
        }
        long first = 0;
        for (String member : members) {
            try (Response created = post("/artifacts", member, Reviews.ARTIFACT)) {
                Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), member);
            }
            try (Response created = post("/generate/cv", member, Json.createObjectBuilder().add("jobDescription",
                    POSTING).add("candidate", Json.createObjectBuilder().add("name", "A Member")).build().toString())) {
                long id = json(created).getJsonNumber("id").longValue();
                Api.awaitReadyStatus("/documents/" + id, member);
                long review = Reviews.submit(member, id, "{}").getJsonNumber("id").longValue();
                if (first == 0) {
                    first = review;
                }
            }
        }
        try (Response approved = Reviews.decide(team.counsellorToken(), first, "APPROVED")) {
            assertEquals(200, approved.getStatus());
        }
    }

    @Test
    void aCohortOfFiveShowsItsFiguresAndItsSharedSkillGap() {
        JsonObject cohort = cohort(team.cohortId());
        assertEquals(5, figure(cohort, "members"));
        assertEquals(5, figure(cohort, "documents"));
        assertEquals(5, figure(cohort, "submitted"));
        assertEquals(1, figure(cohort, "approved"));
        assertEquals(0.2, figure(cohort, "readiness"), 1e-9);
        assertTrue(cohort.getJsonObject("medianHoursToApproval").getBoolean("suppressed"),
                "one member's approval is a figure about one person");
        JsonArray gaps = cohort.getJsonArray("skillGaps");
        assertEquals("Kubernetes", gaps.getJsonObject(0).getString("keyword"), gaps::toString);
        assertEquals(5, gaps.getJsonObject(0).getInt("members"));
    }

    @Test
    void aCohortOfTwoIsSuppressedWhole() {
        JsonObject cohort = cohort(smallCohort);
        for (String name : new String[] {"members", "documents", "submitted", "approved", "readiness"}) {
            JsonObject figure = cohort.getJsonObject(name);
            assertTrue(figure.getBoolean("suppressed"), name);
            assertFalse(figure.containsKey("value") && !figure.isNull("value"), name);
        }
        assertTrue(cohort.getJsonArray("skillGaps").isEmpty());
    }

    @Test
    void theCsvDownloadSaysSuppressedWhereTheJsonSaysNull() {
        try (Response csv = Api.request("/orgs/" + team.orgId() + "/insights", team.counsellorToken())
                .accept("text/csv").get()) {
            assertEquals(200, csv.getStatus());
            assertTrue(csv.getHeaderString("Content-Disposition").contains("attachment"));
            List<String> lines = csv.readEntity(String.class).lines().toList();
            assertTrue(lines.get(0).startsWith("cohort,members,documents"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("MSc Data Science 2027,5,5,5,1,")), lines::toString);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Evening class,suppressed")), lines::toString);
        }
    }

    @Test
    void membersMayNotSeeInsightsOutsidersGet404() {
        try (Response refused = get("/orgs/" + team.orgId() + "/insights", team.memberToken())) {
            assertProblem(refused, 403);
        }
        Person outsider = Team.register("insight-outsider");
        try (Response refused = get("/orgs/" + team.orgId() + "/insights", outsider.token())) {
            assertProblem(refused, 404);
        }
    }

    private static JsonObject cohort(long cohortId) {
        try (Response insights = get("/orgs/" + team.orgId() + "/insights?cohortId=" + cohortId, team.adminToken())) {
            assertEquals(200, insights.getStatus(), () -> insights.readEntity(String.class));
            return ((JsonArray) Api.parse(insights.readEntity(String.class))).getJsonObject(0);
        }
    }

    private static double figure(JsonObject cohort, String name) {
        JsonObject figure = cohort.getJsonObject(name);
        assertFalse(figure.getBoolean("suppressed"), name + ": " + figure);
        return figure.getJsonNumber("value").doubleValue();
    }
}
