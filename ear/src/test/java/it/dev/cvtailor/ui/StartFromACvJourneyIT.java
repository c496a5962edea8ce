package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.artifacts.TestFiles;
import it.dev.cvtailor.imports.ImportIT;
import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * The whole path of a new user, in a browser: an old CV imported as a PDF, one proposed entry corrected before
 * confirming; a CV tailored to a posting and exported; the application tracked and marked Applied; the board shows
 * it and the sent copy downloads byte for byte; a reminder arrives on its follow-up date (the test brings that date
 * forward the way an admin can, with the reminders' look-ahead).
 */
class StartFromACvJourneyIT extends BrowserIT {

    static final String POSTING = """
            Senior Software Engineer
            Northwind Logistics, Göteborg

            We track freight for 300 carriers across the Nordics.

            Requirements:
            - Java in production
            - PostgreSQL
            """;

    @Test
    void fromAnOldCvToATrackedApplicationWithItsSentCopyAndAReminder() throws Exception {
        String email = newAccount("from-cv");
        String token = tokenOf(email);
        Path cv = Files.createTempFile("maria-cv", ".pdf");
        Files.write(cv, TestFiles.pdf(1, ImportIT.CV));

        signIn(email, Api.PASSWORD).toArtifacts();
        ui.go("/import");
        ui.chooseFile("import-upload", cv);
        ui.byId("proposal-title-0");
        ui.type("proposal-title-0", "Staff Software Engineer");
        ui.click("import-confirm");
        ui.byId("import-done");
        screenshot("import-confirmed");
        List<String> titles;
        try (Response list = Api.get("/artifacts", token)) {
            titles = Api.json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(a -> a.getString("title")).toList();
        }
        assertTrue(titles.contains("Staff Software Engineer") && !titles.contains("Senior Software Engineer"),
                "the corrected entry was saved as corrected: " + titles);
        try (Response list = Api.get("/artifacts", token)) {
            Api.json(list).getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(a -> Api.awaitReadyStatus("/artifacts/" + a.getJsonNumber("id").longValue(), token));
        }

        TailorPage tailor = TailorPage.open(ui);
        ui.await(d -> "maria@example.se".equals(ui.input("candidate-email").getAttribute("value")),
                "the CV's contact details offered to Tailor's form");
        assertEquals("Maria Lindqvist", ui.input("candidate-name").getAttribute("value"));
        tailor.analyse(POSTING);
        tailor.generateCv();
        assertEquals("READY", tailor.awaitFinished(), tailor.failure());
        assertTrue(tailor.preview().contains("Staff Software Engineer"), tailor.preview());
        tailor.openInDocuments().awaitDetail().export();

        ui.click("track-application");
        ui.awaitUrlContaining("/applications");
        if (ui.input("application-company").getAttribute("value").isBlank()) {
            ui.type("application-company", "Northwind Logistics");
        }
        ui.click("save-application");
        ui.await(d -> d.findElement(By.id("column-SAVED")).getText().contains("Senior Software Engineer"),
                "the new application on the board, under Saved");
        ui.click(By.cssSelector("#column-SAVED .application-card"), "the application's card");
        ui.type("application-status", "Applied");
        ui.keys("application-status", Keys.ENTER);
        ui.await(d -> !d.findElements(By.cssSelector("a[id^=sent-copy-]")).isEmpty(),
                "the sent copy in the application's dialog");
        screenshot("application-applied");

        JsonObject application;
        try (Response list = Api.get("/applications", token)) {
            application = Api.parse(list.readEntity(String.class)).asJsonArray().getJsonObject(0);
        }
        assertEquals("APPLIED", application.getString("status"));
        long id = application.getJsonNumber("id").longValue();
        JsonArray sent;
        try (Response list = Api.get("/applications/" + id + "/sent", token)) {
            sent = Api.parse(list.readEntity(String.class)).asJsonArray();
        }
        assertEquals(1, sent.size());
        ui.click(By.cssSelector("a[id^=sent-copy-]"), "the sent copy's download");
        Path downloaded = ui.await(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".pdf") && f.toFile().length() > 0).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        }, "the sent copy to arrive in " + downloads);
        byte[] bytes = Files.readAllBytes(downloaded);
        assertEquals(sent.getJsonObject(0).getString("sha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), "byte for byte as sent");

        ui.go("/applications");
        ui.await(d -> d.findElement(By.id("column-APPLIED")).getText().contains("Senior Software Engineer"),
                "the board shows it under Applied");

        LocalDate inTwoDays = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        try (Response patched = Api.request("/applications/" + id, token).method("PATCH",
                Entity.json("{\"followUpOn\":\"" + inTwoDays + "\",\"nextStep\":\"Ask about the interview\"}"))) {
            assertEquals(200, patched.getStatus(), () -> patched.readEntity(String.class));
        }
        try (Response run = Api.post("/admin/applications/reminders?within=P3D", Admin.token(), "")) {
            assertEquals(200, run.getStatus());
        }
        try (Response list = Api.get("/me/notifications", token)) {
            String notifications = list.readEntity(String.class);
            assertTrue(notifications.contains("Follow up on your application to")
                    && notifications.contains("Ask about the interview"), notifications);
        }
    }
}
