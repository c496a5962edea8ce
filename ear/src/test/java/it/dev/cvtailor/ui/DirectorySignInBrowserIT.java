package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import it.dev.cvtailor.identity.Directory;
import it.dev.cvtailor.identity.Directory.Person;
import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * The directory in the browser: a counsellor of the institution types their directory e-mail and password into
 * the usual form and lands in their organisation's review queue; someone whose e-mail already has a CV Tailor
 * account links the two by typing that account's passphrase once.
 */
class DirectorySignInBrowserIT extends BrowserIT {

    private static final String PASSWORD = "directory passphrase 42";

    @Test
    void aDirectoryCounsellorSignsInWithTheUsualFormAndSeesTheirOrganisation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String orgName = "Uni X careers " + suffix;
        Person counsellor = Directory.person("browser-counsellor", PASSWORD);
        String group = Directory.group("browser-counsellors-" + suffix, counsellor);
        String admin = Admin.token();
        try (Response created = Api.post("/orgs", admin, Json.createObjectBuilder().add("name", orgName)
                .add("slug", "uni-x-browser-" + suffix).build().toString())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        }
        String rules = Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", group)
                .add("organisation", "uni-x-browser-" + suffix).add("role", "counsellor")).build().toString();
        try (Response replaced = Api.request("/admin/identity/rules", admin).put(Entity.entity(rules,
                "application/json"))) {
            assertEquals(200, replaced.getStatus(), () -> replaced.readEntity(String.class));
        }

        LoginPage login = LoginPage.open(ui);
        assertTrue(ui.bodyText().contains("sign in with your Uni X directory e-mail and password"), ui.bodyText());
        login.signIn(counsellor.mail(), PASSWORD).toArtifacts();
        assertEquals(counsellor.mail(), ui.text("signed-in-user"));
        ReviewQueuePage.open(ui);
        assertTrue(ui.bodyText().contains(orgName), "the organisation in the navigation: " + ui.bodyText());
        ui.click("sign-out");

        // an existing CV Tailor account whose e-mail the directory also has: linked only with its passphrase
        String local = newAccount("twin");
        Person twin = Directory.person("browser-twin-" + suffix, local, PASSWORD);
        Directory.addToGroup(group, twin);
        LoginPage.shownIn(ui).signIn(local, PASSWORD);
        ui.awaitUrlContaining("link-account");
        assertTrue(ui.text("link-explanation").contains(local), ui.text("link-explanation"));
        ui.type("link-password", "not the passphrase");
        ui.click("link-submit");
        ui.await(d -> ui.bodyText().contains("not the passphrase of this account"), "the refusal");
        ui.type("link-password", Api.PASSWORD);
        ui.click("link-submit");
        ArtifactsPage.shownIn(ui);
        ReviewQueuePage.open(ui);
        assertTrue(ui.bodyText().contains(orgName), "linked: the directory's group applies " + ui.bodyText());
    }
}
