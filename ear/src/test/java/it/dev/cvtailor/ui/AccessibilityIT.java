package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.core.Response;

/**
 * Every view passes axe-core's WCAG 2.1 A/AA audit with no serious or critical finding (labels, names, contrast),
 * in the light and the dark theme, and the way in works from the keyboard alone with a visible focus.
 */
class AccessibilityIT extends BrowserIT {

    @Test
    void everyViewPassesTheWcagAuditInBothThemes() {
        String email = newAccount("a11y");
        String token = tokenOf(email);
        Api.post("/artifacts", token, "{\"kind\":\"PROJECT\",\"title\":\"Accessible forms library\","
                + "\"stack\":[\"Java\"]}").close();
        Api.post("/labels", token, "{\"name\":\"frontend\"}").close();

        List<String> findings = new ArrayList<>();
        ui.go("/login");
        ui.input("vaadinLoginUsername");
        audit("login", findings);
        ui.go("/register");
        ui.input("register-email");
        audit("register", findings);

        signIn(email, Api.PASSWORD).toArtifacts().awaitRow("Accessible forms library");
        audit("artifacts", findings);
        ArtifactsPage.shownIn(ui).startNew();
        audit("artifact editor", findings);
        for (String view : new String[] {"/labels", "/documents", "/account", "/import", "/applications"}) {
            ui.go(view);
            ui.byId("main-nav");
            audit(view, findings);
        }
        TailorPage.open(ui).analyse(TailorJourneyIT.POSTING);
        audit("tailor with a match report", findings);

        ui.click("theme-switch");
        ui.await(d -> "dark".equals(((JavascriptExecutor) d).executeScript(
                "return document.documentElement.getAttribute('theme')")), "the dark theme");
        audit("tailor, dark", findings);
        ArtifactsPage.open(ui).awaitRow("Accessible forms library");
        assertEquals("dark", ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.getAttribute('theme')"), "the browser remembers the theme");
        audit("artifacts, dark", findings);

        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    @Test
    void anAdminsViewsPassTheWcagAudit() {
        List<String> findings = new ArrayList<>();
        signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password")).toArtifacts();
        for (String view : new String[] {"/admin/users", "/admin/audit", "/admin/system", "/admin/reports"}) {
            ui.go(view);
            ui.byId("admin-nav");
            audit(view, findings);
        }
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    @Test
    void signsInAndAddsAnArtifactFromTheKeyboardAloneWithAVisibleFocus() {
        String email = newAccount("keyboard");
        ui.go("/login");
        ui.input("vaadinLoginUsername");
        Actions keys = new Actions(browser);
        if (!focusIsIn("vaadinLoginUsername")) {
            keys.sendKeys(Keys.TAB).perform();
        }
        ui.await(d -> focusIsIn("vaadinLoginUsername"), "the email field to have the focus");
        keys.sendKeys(email).sendKeys(Keys.TAB).sendKeys(Api.PASSWORD).sendKeys(Keys.ENTER).perform();
        ArtifactsPage.shownIn(ui);

        ui.byId("add-artifact");
        for (int tab = 0; tab < 30 && !focusIsIn("add-artifact"); tab++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(focusIsIn("add-artifact"), "Add artifact is reachable with Tab");
        String ring = (String) ((JavascriptExecutor) browser).executeScript("const add = document.getElementById("
                + "'add-artifact'); return getComputedStyle(add).boxShadow + ' ' + getComputedStyle(add).outlineStyle");
        assertNotEquals("none none", ring, "the focused button shows where the focus is");
        keys.sendKeys(Keys.ENTER).perform();
        ui.await(d -> focusIsIn("artifact-title"), "the title field to take the focus");
        keys.sendKeys("Keyboard-only project").perform();
        ui.click("save-artifact");
        ArtifactsPage.shownIn(ui).awaitRow("Keyboard-only project");
    }

    private void audit(String view, List<String> findings) {
        // colours are read as they are: wait out the theme's and the fields' transitions first
        ui.await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.getAnimations().every(a => a.playState !== 'running')"), "transitions to finish");
        Axe.seriousViolations(browser).forEach(v -> findings.add(view + ": " + v));
    }

    /** Whether the focused element is the one with this id or inside it. */
    private boolean focusIsIn(String id) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const e = document.activeElement; return !!(e && e.closest('#' + arguments[0]));", id);
    }
}
