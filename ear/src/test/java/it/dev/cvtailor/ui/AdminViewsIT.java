package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import it.dev.cvtailor.platform.Api;

/** The admin's side of the UI, and that nobody else reaches it. */
class AdminViewsIT extends BrowserIT {

    @Test
    void anAdminDisablesAUserWhoThenCannotSignIn() throws Exception {
        String email = newAccount("to-disable");

        signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password")).toArtifacts();
        assertTrue(!browser.findElements(By.id("admin-nav")).isEmpty(), "admins see the admin navigation");
        UsersPage.open(ui).search(email).disable(email);
        ui.go("/admin/system");
        ui.byId("llm-circuit");
        String stalled = browser.findElement(By.cssSelector("[data-timer-job='recover-stalled-documents']")).getText();
        assertTrue(stalled.matches("recover-stalled-documents: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"), stalled);
        screenshot("admin-system");

        browser.manage().deleteAllCookies();
        String refused = signIn(email, Api.PASSWORD).awaitRefusal();
        assertTrue(refused.contains("Wrong email or passphrase"), refused);
    }

    @Test
    void aUserSeesNoAdminNavigationAndReachesNoAdminView() {
        String email = newAccount("plain");
        signIn(email, Api.PASSWORD).toArtifacts();
        assertTrue(browser.findElements(By.id("admin-nav")).isEmpty(), "no admin navigation for users");
        for (String view : new String[] {"/admin/users", "/admin/audit", "/admin/system", "/admin/reports"}) {
            ui.go(view);
            ui.await(d -> ui.bodyText().contains("Could not navigate"), view + " to be refused");
            assertTrue(browser.findElements(By.id("users-grid")).isEmpty()
                    && browser.findElements(By.id("audit-grid")).isEmpty()
                    && browser.findElements(By.id("llm-circuit")).isEmpty(), view);
        }
    }
}
