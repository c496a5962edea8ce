package it.dev.cvtailor.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

    /**
     * Clicks the user's Disable button until the row shows Enable: a click that lands while the search's last
     * keystrokes still refresh the grid hits a row the server has already replaced, and is dropped.
     */
    UsersPage disable(String email) {
        By disable = By.cssSelector("vaadin-button.disable-user[data-email='" + email + "']");
        By enable = By.cssSelector("vaadin-button.enable-user[data-email='" + email + "']");
        long[] clickedAt = {0};
        ui.await(d -> {
            if (!d.findElements(enable).isEmpty()) {
                return true;
            }
            if (System.nanoTime() - clickedAt[0] > 5_000_000_000L) {
                for (WebElement button : d.findElements(disable)) {
                    if (button.isDisplayed()) {
                        button.click();
                        clickedAt[0] = System.nanoTime();
                        break;
                    }
                }
            }
            return null;
        }, email + " to show as disabled");
        return this;
    }

    String gridText() {
        return ui.gridText();
    }
}
