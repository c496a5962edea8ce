package it.dev.cvtailor.ui;

/** The page an invitation link opens: the offer, and accepting it (after signing in, which comes back here). */
final class InvitationPage {

    private final Vaadin ui;

    private InvitationPage(Vaadin ui) {
        this.ui = ui;
    }

    static InvitationPage open(Vaadin ui, String token) {
        ui.go("/invitation/" + token);
        return shownIn(ui);
    }

    static InvitationPage shownIn(Vaadin ui) {
        ui.byId("invitation-offer");
        return new InvitationPage(ui);
    }

    String offer() {
        return ui.text("invitation-offer");
    }

    /** Follows the page's sign-in link (signed out) and signs in; the login page returns to the invitation. */
    InvitationPage signInThrough(String email, String password) {
        ui.click("invitation-sign-in");
        LoginPage.shownIn(ui).signIn(email, password);
        ui.byId("accept-invitation");
        return this;
    }

    String accept() {
        ui.click("accept-invitation");
        return ui.await(d -> {
            var accepted = d.findElements(org.openqa.selenium.By.id("invitation-accepted"));
            var refused = d.findElements(org.openqa.selenium.By.id("invitation-error"));
            return !accepted.isEmpty() ? accepted.get(0).getText()
                    : !refused.isEmpty() ? "REFUSED: " + refused.get(0).getText() : null;
        }, "the invitation to be accepted or refused");
    }

    void continueOn() {
        ui.click("invitation-continue");
        ui.byId("main-nav");
    }
}
