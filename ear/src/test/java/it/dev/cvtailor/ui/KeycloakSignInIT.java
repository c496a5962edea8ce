package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import it.dev.cvtailor.identity.Keycloak;
import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * OpenID Connect and SAML in the browser against a real Keycloak (keycloak profile): "Sign in with Keycloak" goes
 * through Liberty's OIDC client (authorization code with PKCE, state and nonce) and lands the counsellor in their
 * organisation with the role the rules give; signing out ends Keycloak's session too; a callback with a forged
 * state signs nobody in. "Sign in with University SSO (SAML)" goes through Liberty's SAML service provider (a
 * signed assertion) and lands the student in theirs as a member, who gets an API token from their account page;
 * signing out sends a SAML LogoutRequest, so Keycloak asks for the password again.
 */
class KeycloakSignInIT extends BrowserIT {

    @Test
    void aCounsellorSignsInThroughKeycloakLandsInTheirOrganisationAndSignsOutOfBoth() {
        Keycloak.start();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String orgName = "Keycloak careers " + suffix;
        String admin = Admin.token();
        try (Response created = Api.post("/orgs", admin, Json.createObjectBuilder().add("name", orgName)
                .add("slug", "kc-careers-" + suffix).build().toString())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        }
        String rules = Json.createArrayBuilder().add(Json.createObjectBuilder().add("provider", "keycloak")
                .add("value", "career-counsellors").add("organisation", "kc-careers-" + suffix).add("role",
                        "counsellor")).build().toString();
        try (Response replaced = Api.request("/admin/identity/rules", admin).put(Entity.entity(rules,
                "application/json"))) {
            assertEquals(200, replaced.getStatus(), () -> replaced.readEntity(String.class));
        }

        LoginPage.open(ui);
        ui.click("sign-in-with-keycloak");
        keycloakSignIn("counsellor.kc@uni-x.example");
        ArtifactsPage.shownIn(ui);
        assertEquals("counsellor.kc@uni-x.example", ui.text("signed-in-user"));
        ReviewQueuePage.open(ui);
        assertTrue(ui.bodyText().contains(orgName), "the organisation the rules give: " + ui.bodyText());

        ui.click("sign-out");
        LoginPage.shownIn(ui);
        ui.click("sign-in-with-keycloak");
        ui.await(d -> !d.findElements(By.id("username")).isEmpty(),
                "Keycloak to ask for the password again: its session ended with ours");
    }

    @Test
    void aStudentSignsInThroughSamlAndLandsInTheirOrganisationAsMember() {
        Keycloak.start();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String orgName = "SAML university " + suffix;
        String admin = Admin.token();
        try (Response created = Api.post("/orgs", admin, Json.createObjectBuilder().add("name", orgName)
                .add("slug", "saml-uni-" + suffix).build().toString())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        }
        String rules = Json.createArrayBuilder().add(Json.createObjectBuilder().add("provider", "uni-saml")
                .add("value", "uni-x-students").add("organisation", "saml-uni-" + suffix).add("role", "member")
                .add("cohort", "Students " + suffix)).build().toString();
        try (Response replaced = Api.request("/admin/identity/rules", admin).put(Entity.entity(rules,
                "application/json"))) {
            assertEquals(200, replaced.getStatus(), () -> replaced.readEntity(String.class));
        }

        LoginPage.open(ui);
        ui.click("sign-in-with-uni-saml");
        keycloakSignIn("saml.student.kc@uni-x.example");
        ArtifactsPage.shownIn(ui);
        assertEquals("saml.student.kc@uni-x.example", ui.text("signed-in-user"));
        ui.go("/reviews");
        ui.byId("my-reviews");
        assertTrue(ui.bodyText().contains(orgName), "the organisation the rules give: " + ui.bodyText());

        ui.go("/account");
        ui.click("create-api-token");
        String token = ui.input("api-token").getDomProperty("value");
        try (Response me = Api.get("/me", token)) {
            assertEquals(200, me.getStatus(), "CV Tailor's own token, for the API");
            assertEquals("saml.student.kc@uni-x.example", Api.parse(me.readEntity(String.class)).asJsonObject()
                    .getString("email"));
        }

        ui.click("sign-out");
        LoginPage.shownIn(ui);
        ui.click("sign-in-with-uni-saml");
        ui.await(d -> !d.findElements(By.id("username")).isEmpty(),
                "Keycloak to ask for the password again: the SAML LogoutRequest ended its session");
    }

    @Test
    void aCallbackWithAForgedStateSignsNobodyIn() {
        Keycloak.start();
        ui.go("/oidcclient/redirect/keycloak?code=forged-code&state=forged-state");
        ui.go("/");
        LoginPage.shownIn(ui);
        assertFalse(ui.bodyText().contains("Sign out"), ui.bodyText());
    }

    private void keycloakSignIn(String user) {
        ui.await(d -> !d.findElements(By.id("username")).isEmpty(), "Keycloak's sign-in page");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
    }
}
