package it.dev.cvtailor.applications;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitReadyStatus;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * The application tracker over HTTP: an application with its status history; marking it Applied freezes the
 * exported files, which download byte for byte with their SHA-256; CSV out and in; reminders that arrive; and every
 * wrong input a clear 4xx that changes nothing.
 */
public class ApplicationsIT {

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    /** A user's ready CV (one artifact, the template generator), exported once as PDF; returns its id. */
    public static long exportedCv(String token) {
        long artifactId;
        try (Response created = post("/artifacts", token, """
                {"kind":"POSITION","title":"Payments platform","role":"Senior Backend Engineer",
                 "organisation":"Acme Bank","startedOn":"2021-03-01",
                 "description":"Built the card payments API in Java serving two million requests a day."}""")) {
            artifactId = json(created).getJsonNumber("id").longValue();
        }
        awaitReadyStatus("/artifacts/" + artifactId, token);
        long documentId;
        try (Response accepted = post("/generate/cv", token, """
                {"jobDescription":"Senior Java Engineer at Northwind\\nWe build payment systems in Java.",
                 "candidate":{"name":"Ada Lovelace","email":"ada@example.com"}}""")) {
            documentId = json(accepted).getJsonNumber("id").longValue();
        }
        awaitReadyStatus("/documents/" + documentId, token);
        try (Response export = post("/export/" + documentId, token, "{\"format\":\"pdf\",\"template\":\"modern\"}")) {
            assertEquals(200, export.getStatus(), () -> export.readEntity(String.class));
        }
        return documentId;
    }

    public static long application(String token, String json) {
        try (Response created = post("/applications", token, json)) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            assertTrue(created.getLocation().getPath().startsWith("/api/v1/applications/"));
            return json(created).getJsonNumber("id").longValue();
        }
    }

    private static JsonObject status(String token, long id, String status) {
        try (Response moved = post("/applications/" + id + "/status", token,
                "{\"status\":\"" + status + "\",\"note\":\"" + status.toLowerCase() + " today\"}")) {
            assertEquals(200, moved.getStatus(), () -> moved.readEntity(String.class));
            return json(moved);
        }
    }

    @Test
    void markingAnApplicationAppliedFreezesTheFilesSentByteForByte() throws Exception {
        String token = Api.newUserToken("applicant");
        long documentId = exportedCv(token);
        long id = application(token, """
                {"company":"Northwind","role":"Senior Java Engineer","source":"LinkedIn",
                 "url":"https://jobs.example/northwind/42",
                 "contacts":[{"name":"Grace Hopper","role":"Recruiter","email":"grace@northwind.example"}]}""");
        try (Response used = Api.request("/applications/" + id + "/documents", token)
                .put(Entity.json("[" + documentId + "]"))) {
            assertEquals(200, used.getStatus(), () -> used.readEntity(String.class));
        }
        JsonObject applied = status(token, id, "APPLIED");
        assertEquals("APPLIED", applied.getString("status"));
        assertEquals(List.of("SAVED", "APPLIED"), applied.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("status")).toList());
        assertEquals("applied today", applied.getJsonArray("history").getJsonObject(1).getString("note"));
        assertEquals("Grace Hopper", applied.getJsonArray("contacts").getJsonObject(0).getString("name"));

        JsonArray sent;
        try (Response list = get("/applications/" + id + "/sent", token)) {
            sent = Api.parse(list.readEntity(String.class)).asJsonArray();
        }
        assertEquals(1, sent.size(), sent::toString);
        JsonObject copy = sent.getJsonObject(0);
        assertEquals(documentId, copy.getJsonNumber("documentId").longValue());
        assertEquals("pdf", copy.getString("format"));
        assertEquals("modern", copy.getString("template"), "as the document was last exported");
        byte[] bytes;
        try (Response file = get("/applications/" + id + "/sent/" + copy.getJsonNumber("id").longValue(), token)) {
            assertEquals(200, file.getStatus());
            assertEquals("application/pdf", file.getMediaType().toString());
            bytes = file.readEntity(byte[].class);
        }
        assertEquals(copy.getString("sha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertEquals(copy.getJsonNumber("size").longValue(), bytes.length);

        // moving on and back to Applied does not freeze again; the copy stays as it was
        status(token, id, "INTERVIEWING");
        status(token, id, "APPLIED");
        try (Response list = get("/applications/" + id + "/sent", token)) {
            assertEquals(sent, Api.parse(list.readEntity(String.class)).asJsonArray());
        }
        try (Response filtered = get("/applications?status=APPLIED&q=northwind", token)) {
            assertEquals(1, Api.parse(filtered.readEntity(String.class)).asJsonArray().size());
        }
        try (Response filtered = get("/applications?status=OFFER", token)) {
            assertEquals(0, Api.parse(filtered.readEntity(String.class)).asJsonArray().size());
        }
        try (Response export = get("/me/export", token)) {
            String data = export.readEntity(String.class);
            assertTrue(data.contains("\"applications\"") && data.contains("Northwind") && data.contains("Grace Hopper"),
                    "the tracker is part of the user's data export");
        }
    }

    @Test
    void wrongInputIsAClear4xxAndChangesNothing() {
        String token = Api.newUserToken("applicant-bad");
        long id = application(token, "{\"company\":\"Initech\",\"role\":\"Analyst\"}");
        try (Response refused = post("/applications/" + id + "/status", token, "{\"status\":\"HIRED\"}")) {
            JsonObject problem = assertProblem(refused, 400);
            assertTrue(problem.toString().contains("SAVED") && problem.toString().contains("WITHDRAWN"), problem::toString);
        }
        try (Response refused = Api.request("/applications/" + id, token).method("PATCH",
                Entity.json("{\"notes\":\"half-saved?\",\"status\":\"HIRED\"}"))) {
            assertProblem(refused, 400);
        }
        try (Response unchanged = get("/applications/" + id, token)) {
            assertTrue(!json(unchanged).containsKey("notes"), "a refused change keeps nothing of itself");
        }
        try (Response refused = post("/applications", token, "{\"company\":\"\",\"role\":\"Analyst\"}")) {
            assertProblem(refused, 400);
        }
        try (Response refused = post("/applications", token,
                "{\"company\":\"Initech\",\"role\":\"Analyst\",\"url\":\"javascript:alert(1)\"}")) {
            assertProblem(refused, 400);
        }
        try (Response refused = Api.request("/applications/" + id + "/documents", token).put(Entity.json("[999999]"))) {
            assertProblem(refused, 404);
        }
        try (Response refused = Api.request("/applications/import", token).post(Entity.entity(
                "company,role,status\n\"Globex,Engineer,SAVED\n", "text/csv"))) {
            assertTrue(assertProblem(refused, 400).getString("detail").contains("not valid CSV"));
        }
        try (Response refused = Api.request("/applications/import", token).post(Entity.entity(
                "company,role,status\nGlobex,Engineer,SAVED\nHooli,Designer,HIRED\n", "text/csv"))) {
            assertTrue(assertProblem(refused, 400).toString().contains("line 3: status"));
        }
        try (Response list = get("/applications", token)) {
            JsonArray all = Api.parse(list.readEntity(String.class)).asJsonArray();
            assertEquals(1, all.size(), "nothing half-saved: " + all);
            assertEquals("SAVED", all.getJsonObject(0).getString("status"));
        }
    }

    @Test
    void applicationsGoOutAndComeBackAsCsv() {
        String token = Api.newUserToken("applicant-csv");
        try (Response imported = Api.request("/applications/import", token).post(Entity.entity("""
                company,role,status,source,follow_up_on,notes
                Globex,Data Engineer,APPLIED,Referral,2027-01-15,"Spoke to Hank;
                he said ""apply soon""\"
                Hooli,Designer,,Company site,,
                """, "text/csv"))) {
            assertEquals(201, imported.getStatus(), () -> imported.readEntity(String.class));
            assertEquals(2, json(imported).getJsonArray("ids").size());
        }
        String csv;
        try (Response out = get("/applications.csv", token)) {
            assertEquals(200, out.getStatus());
            assertTrue(out.getMediaType().toString().startsWith("text/csv"));
            csv = out.readEntity(String.class);
        }
        assertTrue(csv.startsWith("company,role,status,source,url,next_step,follow_up_on,notes,created_at"), csv);
        assertTrue(csv.contains("Globex,Data Engineer,APPLIED,Referral,,,2027-01-15,\"Spoke to Hank;"), csv);
        assertTrue(csv.contains("Hooli,Designer,SAVED,Company site"), csv);
        String other = Api.newUserToken("applicant-csv-2");
        try (Response imported = Api.request("/applications/import", other).post(Entity.entity(csv, "text/csv"))) {
            assertEquals(201, imported.getStatus(), () -> imported.readEntity(String.class));
        }
        try (Response list = get("/applications?q=globex", other)) {
            JsonObject globex = Api.parse(list.readEntity(String.class)).asJsonArray().getJsonObject(0);
            assertEquals("Spoke to Hank;\nhe said \"apply soon\"", globex.getString("notes"));
            assertEquals("2027-01-15", globex.getString("followUpOn"));
        }
    }

    @Test
    void remindersArriveOnTheFollowUpDateAndAfterTenQuietDays() {
        String token = Api.newUserToken("applicant-nudged");
        LocalDate inTwoDays = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        application(token, "{\"company\":\"Umbrella\",\"role\":\"Nurse\",\"nextStep\":\"Call the ward manager\","
                + "\"followUpOn\":\"" + inTwoDays + "\"}");
        long quiet = application(token, "{\"company\":\"Oakview\",\"role\":\"Carer\",\"nudgeWhenQuiet\":true}");
        status(token, quiet, "APPLIED");
        String admin = Admin.token();
        try (Response none = post("/admin/applications/reminders", admin, "")) {
            assertEquals(200, none.getStatus(), () -> none.readEntity(String.class));
        }
        assertTrue(notifications(token).stream().noneMatch(n -> n.contains("Umbrella")), "not before its date");
        try (Response run = post("/admin/applications/reminders?within=P11D", admin, "")) {
            assertEquals(200, run.getStatus(), () -> run.readEntity(String.class));
            assertTrue(json(run).getInt("sent") >= 2);
        }
        List<String> texts = notifications(token);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Follow up on your application to Umbrella (Nurse):"
                + " Call the ward manager")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Oakview") && t.contains("no news for 10 days")),
                texts::toString);
        try (Response again = post("/admin/applications/reminders?within=P11D", admin, "")) {
            assertEquals(200, again.getStatus());
        }
        assertEquals(texts.size(), notifications(token).size(), "each nudge is sent once");
        try (Response refused = post("/admin/applications/reminders", token, "")) {
            assertProblem(refused, 403);
        }
    }

    /** The texts of the user's in-app notifications. */
    public static List<String> notifications(String token) {
        try (Response list = get("/me/notifications", token)) {
            return Api.parse(list.readEntity(String.class)).asJsonArray().getValuesAs(JsonObject.class).stream()
                    .map(n -> n.getString("text")).toList();
        }
    }
}
