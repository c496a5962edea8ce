package it.dev.cvtailor.ui;

import org.openqa.selenium.By;

/** The admin's users view. */
final class UsersPage {

    private final Vaadin ui;

    private UsersPage(Vaadin ui) {
        this.ui = ui;
    }

    static UsersPage open(Vaadin ui) {
        ui.go("/admin/users");
        ui.byId("users-grid");
        return new UsersPage(ui);
    }

    UsersPage search(String emailPart) {
        ui.type("users-search", emailPart);
        ui.awaitGridContaining(emailPart);
        return this;
    }

    UsersPage disable(String email) {
        ui.click(By.cssSelector("vaadin-button.disable-user[data-email='" + email + "']"), "the disable button of " + email);
        ui.await(d -> !d.findElements(By.cssSelector("vaadin-button.enable-user[data-email='" + email + "']"))
                .isEmpty(), email + " to show as disabled");
        return this;
    }

    String gridText() {
        return ui.gridText();
    }
}
