package it.dev.cvtailor.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;

/** The sign-in page (Vaadin's login form). */
final class LoginPage {

    private final Vaadin ui;

    private LoginPage(Vaadin ui) {
        this.ui = ui;
    }

    static LoginPage open(Vaadin ui) {
        ui.go("/login");
        return new LoginPage(ui).shown();
    }

    static LoginPage shownIn(Vaadin ui) {
        return new LoginPage(ui).shown();
    }

    private LoginPage shown() {
        ui.input("vaadinLoginUsername");
        return this;
    }

    /** Submits the credentials; the caller then waits for where that leads. */
    LoginPage signIn(String email, String password) {
        // the form may still be rendering when first found: retry on a replaced element
        ui.await(d -> {
            try {
                ui.input("vaadinLoginUsername").sendKeys(Keys.chord(Keys.CONTROL, "a"), email);
                ui.input("vaadinLoginPassword").sendKeys(Keys.chord(Keys.CONTROL, "a"), password, Keys.ENTER);
                return true;
            } catch (StaleElementReferenceException replaced) {
                return null;
            }
        }, "the login form to take the credentials");
        return this;
    }

    ArtifactsPage toArtifacts() {
        return ArtifactsPage.shownIn(ui);
    }

    /** Waits for the form to report a refused sign-in and to accept input again. */
    String awaitRefusal() {
        ui.await(d -> d.findElement(By.tagName("vaadin-login-form")).getAttribute("error") != null,
                "the login form to show an error");
        ui.await(d -> !Boolean.parseBoolean(d.findElement(By.tagName("vaadin-login-form")).getDomProperty("disabled")),
                "the login form to be usable again");
        return ui.bodyText();
    }

    RegisterPage toRegistration() {
        ui.click("to-register");
        return RegisterPage.shownIn(ui);
    }
}
