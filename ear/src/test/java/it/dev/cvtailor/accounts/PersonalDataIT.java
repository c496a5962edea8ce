package it.dev.cvtailor.accounts;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitStatus;
import static it.dev.cvtailor.platform.Api.credentials;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.Tokens;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/** GDPR: a user gets all their data in one document, and can delete it all. */
class PersonalDataIT {

    static final String ARTIFACT = "{\"kind\":\"PUBLICATION\",\"title\":\"On computable numbers\",\"stack\":[\"Logic\"]}";
    static final String REQUEST = "{\"jobDescription\":\"Mathematician wanted\",\"candidate\":{\"name\":\"Alan Turing\"}}";

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void exportsEverythingOfTheCallerAndNothingElse() {
        String token = Api.newUserToken("exporter");
        String other = Api.newUserToken("bystander");
        post("/artifacts", other, ARTIFACT.replace("On computable numbers", "Someone else's paper")).close();
        long artifactId = created(post("/artifacts", token, ARTIFACT));
        awaitStatus("/artifacts/" + artifactId, token, "READY");
        long documentId = created(post("/generate/cv", token, REQUEST));
        awaitStatus("/documents/" + documentId, token, "READY");
        post("/export/" + documentId, token, "{\"format\":\"pdf\"}").close();

        try (Response response = get("/me/export", token)) {
            assertEquals(200, response.getStatus());
            assertTrue(response.getHeaderString("Content-Disposition").contains("attachment"));
            JsonObject data = json(response);
            assertTrue(data.getJsonObject("account").getString("email").startsWith("exporter-"));
            assertEquals(1, data.getJsonArray("artifacts").size());
            assertEquals(1, data.getJsonArray("jobDescriptions").size());
            assertEquals(1, data.getJsonArray("documents").size());
            assertEquals(1, data.getJsonArray("exports").size());
            assertFalse(data.toString().contains("Someone else's paper"));
            assertTrue(data.toString().contains("On computable numbers"));
        }
    }

    @Test
    void deletesTheAccountAndEverythingItOwnsKeepingAnAnonymousTrail() throws Exception {
        String email = Api.uniqueEmail("forgotten");
        post("/auth/register", null, credentials(email, Api.PASSWORD)).close();
        String token;
        try (Response login = post("/auth/login", null, credentials(email, Api.PASSWORD))) {
            token = json(login).getString("token");
        }
        long userId = Long.parseLong(Tokens.claimsOf(token).getSubject());
        long artifactId = created(post("/artifacts", token, ARTIFACT));
        awaitStatus("/artifacts/" + artifactId, token, "READY");
        long documentId = created(post("/generate/cv", token, REQUEST));
        awaitStatus("/documents/" + documentId, token, "READY");
        String admin = Admin.token();
        long deletionsBefore = accountDeletions(admin);

        try (Response response = Api.request("/me", token).delete()) {
            assertEquals(204, response.getStatus());
        }
        try (Response response = get("/me", token)) {
            assertProblem(response, 401);
        }
        try (Response response = post("/auth/login", null, credentials(email, Api.PASSWORD))) {
            assertProblem(response, 401);
        }
        try (Response response = get("/admin/audit?userId=" + userId, admin)) {
            assertEquals(0, json(response).getJsonNumber("total").longValue(), "no audit line names the user any more");
        }
        assertEquals(deletionsBefore + 1, accountDeletions(admin), "only users delete accounts: this one's deletion");
        try (Response response = post("/auth/register", null, credentials(email, Api.PASSWORD))) {
            assertEquals(201, response.getStatus(), "the email is free again");
        }
    }

    /** How many account deletions the audit trail records, of all users. */
    private static long accountDeletions(String admin) {
        try (Response response = get("/admin/audit?type=ACCOUNT_DELETION", admin)) {
            assertEquals(200, response.getStatus());
            return json(response).getJsonNumber("total").longValue();
        }
    }

    private static long created(Response response) {
        try (response) {
            assertTrue(response.getStatus() == 202 || response.getStatus() == 201, () -> response.readEntity(String.class));
            return json(response).getJsonNumber("id").longValue();
        }
    }
}
