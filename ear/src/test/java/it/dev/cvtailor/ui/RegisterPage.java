package it.dev.cvtailor.ui;

/** Creating an account. */
final class RegisterPage {

    private final Vaadin ui;

    private RegisterPage(Vaadin ui) {
        this.ui = ui;
    }

    static RegisterPage shownIn(Vaadin ui) {
        ui.input("register-email");
        return new RegisterPage(ui);
    }

    RegisterPage fill(String email, String password, String repeat) {
        ui.type("register-email", email);
        ui.type("register-password", password);
        ui.type("register-repeat", repeat);
        return this;
    }

    void submit() {
        ui.click("register-submit");
    }

    /** The error message a field shows, once it shows one. */
    String errorOf(String fieldId) {
        return ui.await(d -> {
            String message = d.findElement(org.openqa.selenium.By.id(fieldId)).getDomProperty("errorMessage");
            boolean invalid = d.findElement(org.openqa.selenium.By.id(fieldId)).getAttribute("invalid") != null;
            return invalid && message != null && !message.isBlank() ? message : null;
        }, "#" + fieldId + " to show an error");
    }
}
