package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/** The rest of a user's own things: a JSON Resume in, labels that group artifacts, all my data out, the account gone. */
class LabelsAccountAndResumeIT extends BrowserIT {

    static final String RESUME = """
            {"basics": {"name": "Grace Hopper"},
             "work": [{"name": "Harvard Computation Lab", "position": "Programmer", "startDate": "1944-07-01",
                       "summary": "Programmed the Mark I.", "highlights": ["Wrote the Mark I operating manual"]}],
             "projects": [{"name": "A-0 compiler", "description": "The first compiler", "keywords": ["COBOL"]}]}""";

    @Test
    void importsAResumeGroupsItWithALabelThenDownloadsAllDataAndDeletesTheAccount() throws Exception {
        String email = newAccount("hopper");
        ArtifactsPage artifacts = signIn(email, Api.PASSWORD).toArtifacts();

        Path resume = downloads.resolveSibling("resume-" + System.nanoTime() + ".json");
        Files.writeString(resume, RESUME);
        ui.click("import-resume");
        ui.chooseFile("resume-upload", resume);
        ui.await(d -> d.findElement(By.id("resume-outcome")).getText().contains("2 artifacts"), "the import's outcome");
        ui.click("close-resume");
        artifacts.awaitRow("A-0 compiler");

        ui.go("/labels");
        ui.click("new-label");
        ui.type("label-name", "compilers");
        ui.keys("label-members", "A-0");
        ui.await(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).isEmpty(), "suggestions");
        ui.keys("label-members", Keys.ARROW_DOWN, Keys.ENTER);
        ui.await(d -> {
            if (d.findElements(By.cssSelector("#label-members[opened]")).isEmpty()) {
                return true;
            }
            ui.keys("label-members", Keys.ESCAPE);
            return null;
        }, "the suggestions to close");
        ui.click("save-label");
        ui.awaitGridContaining("compilers");

        String token = tokenOf(email);
        try (Response labelled = Api.get("/artifacts?label=" + labelId(token, "compilers"), token)) {
            String body = labelled.readEntity(String.class);
            assertTrue(body.contains("A-0 compiler") && !body.contains("Harvard"), body);
        }

        ui.go("/account");
        ui.click("download-my-data");
        Path data = ui.await(d -> {
            Path file = downloads.resolve("cvtailor-my-data.json");
            return Files.isRegularFile(file) && file.toFile().length() > 0 ? file : null;
        }, "the data download");
        JsonObject mine = (JsonObject) Api.parse(Files.readString(data));
        assertEquals(email, mine.getJsonObject("account").getString("email"));
        assertEquals(2, mine.getJsonArray("artifacts").size());
        assertEquals(1, mine.getJsonArray("labels").size());

        ui.click("delete-account");
        ui.await(d -> !d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay")).isEmpty(), "the confirmation");
        ui.click(By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']"),
                "the confirmation's delete button");
        ui.awaitUrlContaining("/login");
        try (Response gone = Api.post("/auth/login", null, Api.credentials(email, Api.PASSWORD))) {
            assertEquals(401, gone.getStatus(), "the account is gone");
        }
    }

    private static long labelId(String token, String name) {
        try (Response labels = Api.get("/labels", token)) {
            return Api.parse(labels.readEntity(String.class)).asJsonArray().stream().map(JsonObject.class::cast)
                    .filter(l -> l.getString("name").equals(name)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }
    }
}
