package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import it.dev.cvtailor.platform.Api;

/** On a phone: nothing wider than the screen, the navigation folded behind its toggle, every view reachable. */
class PhoneScreenIT extends BrowserIT {

    @Override
    int width() {
        return 390;
    }

    @Test
    void everyViewFitsAPhoneScreenAndTheNavigationFoldsAway() {
        String email = newAccount("phone");
        signIn(email, Api.PASSWORD).toArtifacts();
        for (String view : new String[] {"/", "/labels", "/tailor", "/documents", "/account"}) {
            ui.go(view);
            ui.byId("main-nav");
            ui.await(d -> !d.findElements(By.cssSelector("vaadin-app-layout[overlay]")).isEmpty(),
                    "the drawer to become an overlay at phone width");
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 0, view + " is " + overflow + " px wider than the screen");
        }
        ui.click(By.tagName("vaadin-drawer-toggle"), "the drawer toggle");
        ui.await(d -> d.findElement(By.id("main-nav")).isDisplayed(), "the navigation to open");
        ui.click(By.cssSelector("vaadin-side-nav-item[path='tailor']"), "the Tailor navigation item");
        TailorPage.shownIn(ui);
    }
}
