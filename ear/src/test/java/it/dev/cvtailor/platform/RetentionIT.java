package it.dev.cvtailor.platform;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.applications.ApplicationsIT;
import it.dev.cvtailor.organisations.Team;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * Retention with the clock moved by the admin's purge run ({@code ?asOf=}): an unsaved document goes after 90 days,
 * a saved one stays, as do one in an open review and one frozen as a sent copy; the export log outlives its
 * document and, after two years, becomes a monthly count; audit events become daily counts after 30 days.
 */
public class RetentionIT {

    private static String admin;

    @BeforeAll
    static void ready() {
        Api.awaitReady();
        admin = Admin.fresh("retention-admin").token();
    }

    private static Map<String, JsonObject> purge(Instant asOf) {
        try (Response response = post("/admin/retention/purge?asOf=" + asOf, admin, "")) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonArray.class).stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(r -> r.getString("what"), r -> r));
        }
    }

    private static int status(String path, String token) {
        try (Response response = get(path, token)) {
            return response.getStatus();
        }
    }

    private static long exportId(String token, long documentId) {
        try (Response export = post("/export/" + documentId, token, "{\"format\":\"docx\"}")) {
            assertEquals(200, export.getStatus());
            return Long.parseLong(export.getHeaderString("X-Export-Id"));
        }
    }

    @Test
    void deletesUnsavedDocumentsAfterTheirPeriodAndKeepsWhatIsStillUsed() throws Exception {
        Team team = Team.create("Retention College");
        String member = team.memberToken();
        long unsaved = ApplicationsIT.exportedCv(member);
        long logOfUnsaved = exportId(member, unsaved);
        long saved = ApplicationsIT.exportedCv(member);
        try (Response r = Api.request("/documents/" + saved + "/saved", member).put(Entity.json("{\"saved\":true}"))) {
            assertEquals(200, r.getStatus());
        }
        long inReview = ApplicationsIT.exportedCv(member);
        try (Response submitted = post("/documents/" + inReview + "/reviews", member, "{}")) {
            assertEquals(201, submitted.getStatus(), () -> submitted.readEntity(String.class));
        }
        long sent = ApplicationsIT.exportedCv(member);
        long application = ApplicationsIT.application(member, "{\"company\":\"Northwind\",\"role\":\"Senior Java Engineer\"}");
        try (Response used = Api.request("/applications/" + application + "/documents", member)
                .put(Entity.json("[" + sent + "]"))) {
            assertEquals(200, used.getStatus(), () -> used.readEntity(String.class));
        }
        try (Response applied = post("/applications/" + application + "/status", member, "{\"status\":\"APPLIED\"}")) {
            assertEquals(200, applied.getStatus(), () -> applied.readEntity(String.class));
        }

        Instant now = Instant.now();
        purge(now.plus(89, ChronoUnit.DAYS));
        assertEquals(200, status("/documents/" + unsaved, member), "not yet: 89 days");

        Map<String, JsonObject> reports = purge(now.plus(91, ChronoUnit.DAYS));
        assertTrue(reports.get("unsaved documents").getInt("removed") >= 1, reports::toString);
        assertEquals(404, status("/documents/" + unsaved, member), "an unsaved document is gone after 90 days");
        assertEquals(200, status("/documents/" + saved, member), "a saved document stays");
        assertEquals(200, status("/documents/" + inReview, member), "a document in an open review stays");
        assertEquals(200, status("/documents/" + sent, member), "a document frozen as a sent copy stays");
        try (Response log = get("/exports/" + logOfUnsaved, member)) {
            assertEquals(200, log.getStatus(), "the export log outlives its document");
            JsonObject kept = json(log);
            assertTrue(!kept.containsKey("documentId") || kept.isNull("documentId"), kept::toString);
        }
        try (Response copies = get("/applications/" + application + "/sent", member)) {
            assertEquals(200, copies.getStatus());
            assertTrue(!copies.readEntity(JsonArray.class).isEmpty(), "the sent copy is still there");
        }

        long countsBefore = exportsCounted();
        // two years and a minute: the logs are due, and this month's counts are not yet past their own two years
        purge(now.plus(730, ChronoUnit.DAYS).plus(1, ChronoUnit.MINUTES));
        assertEquals(404, status("/exports/" + logOfUnsaved, member), "export logs go after two years");
        assertTrue(exportsCounted() > countsBefore, "and are counted per month, format and template");
        assertEquals(200, status("/documents/" + saved, member), "a saved document is still kept");
    }

    private static long exportsCounted() {
        try (Response response = get("/admin/retention/export-counts", admin)) {
            return response.readEntity(JsonArray.class).stream()
                    .mapToLong(c -> c.asJsonObject().getJsonNumber("exports").longValue()).sum();
        }
    }

    @Test
    void foldsAuditEventsIntoDailyCountsAfterThirtyDays() {
        String user = Api.newUserToken("audited-then-counted");
        post("/auth/logout", user, "").close();
        long events;
        try (Response trail = get("/admin/audit?size=1", admin)) {
            events = json(trail).getJsonNumber("total").longValue();
        }
        assertTrue(events > 0);
        Map<String, JsonObject> reports = purge(Instant.now().plus(31, ChronoUnit.DAYS));
        assertTrue(reports.get("audit events").getInt("removed") >= 1, reports::toString);
        try (Response trail = get("/admin/audit?type=REGISTRATION&size=1", admin)) {
            assertEquals(0, json(trail).getJsonNumber("total").longValue(), "the detailed events are gone");
        }
        try (Response counts = get("/admin/retention/audit-counts", admin)) {
            long registrations = counts.readEntity(JsonArray.class).stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("type").equals("REGISTRATION"))
                    .mapToLong(c -> c.getJsonNumber("events").longValue()).sum();
            assertTrue(registrations >= 1, "registrations are counted per day");
        }
    }

    @Test
    void onlyAdminsRunPurgesAndABadTimeIsRefused() {
        assertProblem(post("/admin/retention/purge", Api.newUserToken("not-admin"), ""), 403);
        assertProblem(post("/admin/retention/purge?asOf=tomorrow", admin, ""), 400);
    }
}
