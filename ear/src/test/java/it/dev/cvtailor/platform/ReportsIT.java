package it.dev.cvtailor.platform;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.applications.ApplicationsIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * The daily summary and the weekly quality report over HTTP: a day with a registration, a generation and an export
 * is counted; the week's report names each measure against the spec's target; both are kept, listed, served as
 * metrics, and mailed to an admin who asked for them.
 */
public class ReportsIT {

    private static String admin;
    private static String adminEmail;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void ready() {
        Api.awaitReady();
        Mailbox.start();
        Admin.Person person = Admin.fresh("reports-admin");
        admin = person.token();
        adminEmail = person.email();
    }

    @AfterAll
    static void noMoreMail() {
        try (Response r = Api.request("/admin/reports/mail", admin).put(Entity.json("{\"wanted\":false}"))) {
            assertEquals(200, r.getStatus());
        }
    }

    private static JsonObject run(String kind) {
        try (Response response = post("/admin/reports/run?kind=" + kind + "&date=" + TODAY, admin, "")) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return json(response);
        }
    }

    @Test
    void theDailySummaryCountsTheDaysWork() {
        String user = Api.newUserToken("reported");
        long document = ApplicationsIT.exportedCv(user);
        assertTrue(document > 0);
        JsonObject daily = run("daily");
        assertEquals(TODAY.toString(), daily.getString("periodStart"));
        JsonObject figures = daily.getJsonObject("figures");
        assertTrue(figures.getJsonNumber("registrations").longValue() >= 1, figures::toString);
        assertTrue(figures.getJsonNumber("generations").longValue() >= 1, figures::toString);
        assertTrue(figures.getJsonNumber("exports").longValue() >= 1, figures::toString);
        assertTrue(figures.containsKey("uploads") && figures.containsKey("errors"), figures::toString);
        try (Response listed = get("/admin/reports?kind=daily&from=" + TODAY + "&to=" + TODAY, admin)) {
            JsonArray reports = listed.readEntity(JsonArray.class);
            assertEquals(1, reports.size(), "computed again, kept once");
        }
    }

    @Test
    void theWeeklyReportMeasuresQualityAgainstTheTargets() {
        String user = Api.newUserToken("rated");
        long document = ApplicationsIT.exportedCv(user);
        try (Response rated = post("/documents/" + document + "/rating", user, "{\"score\":9}")) {
            assertTrue(rated.getStatus() < 300, () -> rated.readEntity(String.class));
        }
        JsonObject figures = run("weekly").getJsonObject("figures");
        assertTrue(figures.getJsonObject("generationsByGeneratorAndOutcome").getJsonNumber("template/ready")
                .longValue() >= 1, figures::toString);
        assertTrue(figures.getJsonNumber("ratings").longValue() >= 1);
        assertFalse(figures.isNull("averageRating"));
        assertFalse(figures.isNull("p95CvSeconds"), "a CV finished this week");
        assertTrue(figures.getJsonNumber("atsChecks").longValue() >= 1, "the export ran the ATS self-check");
        JsonObject met = figures.getJsonObject("targetsMet");
        for (String measure : new String[] {"averageRating", "validEvidenceLinkShare", "atsPassRate", "p95CvSeconds",
            "p95LetterSeconds"}) {
            assertTrue(met.containsKey(measure), measure);
        }
        assertEquals(TODAY.with(java.time.DayOfWeek.MONDAY).toString(),
                run("weekly").getString("periodStart"), "a week starts on Monday");
    }

    @Test
    void theReportsAreServedAsMetricsAndMailedToAdminsWhoAskForThem() throws Exception {
        try (Response r = Api.request("/admin/reports/mail", admin).put(Entity.json("{\"wanted\":true}"))) {
            assertTrue(json(r).getBoolean("wanted"));
        }
        run("daily");
        Mailbox.Received mail = Mailbox.await(adminEmail, "the summary of " + TODAY);
        assertTrue(mail.body().contains("Registrations:"), mail::body);
        run("weekly");
        try (Response metrics = Api.requestTo(Api.BASE, "/metrics", null).get()) {
            String text = metrics.readEntity(String.class);
            assertTrue(text.contains("cvtailor_report_daily{") && text.contains("measure=\"registrations\""), "daily");
            assertTrue(text.contains("cvtailor_report_weekly{") && text.contains("measure=\"p95CvSeconds\""), "weekly");
        }
    }

    @Test
    void onlyAdminsReadReportsAndBadQueriesAreRefused() {
        assertProblem(get("/admin/reports?kind=daily", Api.newUserToken("nosy")), 403);
        assertProblem(get("/admin/reports?kind=monthly", admin), 400);
        assertProblem(get("/admin/reports?kind=daily&from=yesterday", admin), 400);
        assertProblem(post("/admin/reports/run?kind=weekly&date=2026-13-01", admin, ""), 400);
    }
}
