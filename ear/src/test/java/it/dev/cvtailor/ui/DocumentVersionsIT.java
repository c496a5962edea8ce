package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.core.Response;

/** A document's versions compared side by side and kept; a mistake answered on the field it concerns. */
class DocumentVersionsIT extends BrowserIT {

    @Test
    void comparesTwoVersionsSideBySideAndKeepsOne() {
        String email = newAccount("versions");
        String token = tokenOf(email);
        long artifact;
        try (Response created = Api.post("/artifacts", token, """
                {"kind":"POSITION","title":"Search relevance","organisation":"Findly","startedOn":"2020-01-01",
                 "summary":"Tuned search ranking in Java, lifting click-through by 12 percent.","stack":["Java"]}""")) {
            artifact = Api.json(created).getJsonNumber("id").longValue();
        }
        Api.awaitReadyStatus("/artifacts/" + artifact, token);
        long first = generate(token, "PROFESSIONAL");
        long second = generate(token, "CONCISE");

        signIn(email, Api.PASSWORD).toArtifacts();
        ui.go("/documents?document=" + second);
        DocumentsPage.shownIn(ui).awaitDetail();
        ui.click("compare-versions");
        ui.await(d -> d.findElements(By.cssSelector("#diff-rows vaadin-grid-cell-content")).size() > 2,
                "the two versions side by side");
        assertTrue(ui.gridText().contains("Search relevance"), ui.gridText());
        ui.click(By.cssSelector("#version-diff vaadin-button, vaadin-dialog-overlay vaadin-button"),
                "the comparison's close button");

        ui.click("toggle-saved");
        ui.await(d -> d.findElement(By.id("toggle-saved")).getText().contains("Do not keep"), "the document kept");
        try (Response kept = Api.get("/documents/" + second, token)) {
            assertTrue(Api.json(kept).getBoolean("saved"));
        }
        try (Response other = Api.get("/documents/" + first, token)) {
            assertEquals(false, Api.json(other).getBoolean("saved"));
        }
    }

    @Test
    void saysOnTheFieldWhatIsWrongWithAnEmptyPosting() {
        String email = newAccount("hasty");
        signIn(email, Api.PASSWORD).toArtifacts();
        TailorPage.open(ui);
        ui.click("analyse-posting");
        String error = ui.await(d -> {
            var field = d.findElement(By.id("posting-text"));
            return field.getAttribute("invalid") != null ? field.getDomProperty("errorMessage") : null;
        }, "the posting field to say what is wrong");
        assertEquals("must not be blank", error);
        assertTrue(browser.findElements(By.id("match-report")).isEmpty());
    }

    private static long generate(String token, String tone) {
        try (Response accepted = Api.post("/generate/cv", token, """
                {"jobDescription":"Search Engineer\\nWe need Java and search ranking experience.",
                 "tone":"%s","candidate":{"name":"Ada Lovelace"}}""".formatted(tone))) {
            assertEquals(202, accepted.getStatus(), () -> accepted.readEntity(String.class));
            long id = Api.json(accepted).getJsonNumber("id").longValue();
            Api.awaitReadyStatus("/documents/" + id, token);
            return id;
        }
    }
}
