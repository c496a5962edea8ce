package it.dev.cvtailor.ui;

import static it.dev.cvtailor.platform.Api.credentials;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.core.Response;

/** Getting in: creating an account in the browser, and signing in over the same user store as the API. */
class SignInAndRegistrationIT extends BrowserIT {

    @Test
    void registersInTheBrowserAndLandsOnAnEmptyArtifactList() throws Exception {
        String email = Api.uniqueEmail("newcomer");
        RegisterPage register = LoginPage.open(ui).toRegistration();

        register.fill(email, Api.PASSWORD, Api.PASSWORD + " typo").submit();
        assertTrue(register.errorOf("register-repeat").contains("differ"));

        register.fill(email, "short", "short").submit();
        assertFalse(register.errorOf("register-password").isBlank(), "the policy's reason shows on the field");

        register.fill(email, Api.PASSWORD, Api.PASSWORD).submit();
        ArtifactsPage artifacts = ArtifactsPage.shownIn(ui);
        assertEquals(email, artifacts.signedInUser());
        assertTrue(ui.bodyText().contains("No artifacts yet"), "an empty list says what to do first");
        try (Response login = post("/auth/login", null, credentials(email, Api.PASSWORD))) {
            assertEquals(200, login.getStatus(), "the account made in the UI signs in to the API");
        }
    }

    @Test
    void refusesAWrongPassphraseThenSignsInAndShowsOnlyTheUsersOwnArtifacts() {
        String email = newAccount("returning");
        String token = tokenOf(email);
        post("/artifacts", token, "{\"kind\":\"PROJECT\",\"title\":\"Telescope control software\"}").close();
        post("/artifacts", Api.newUserToken("neighbour"), "{\"kind\":\"PROJECT\",\"title\":\"Someone else's secret\"}")
                .close();

        ui.go("/");
        ui.awaitUrlContaining("/login");
        String refused = LoginPage.shownIn(ui).signIn(email, "a wrong passphrase!").awaitRefusal();
        assertTrue(refused.contains("Wrong email or passphrase"), refused);

        ArtifactsPage artifacts = LoginPage.shownIn(ui).signIn(email, Api.PASSWORD).toArtifacts();
        artifacts.awaitRow("Telescope control software");
        assertFalse(artifacts.gridText().contains("Someone else's secret"), artifacts.gridText());
    }
}
