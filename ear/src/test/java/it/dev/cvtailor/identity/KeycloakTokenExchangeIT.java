package it.dev.cvtailor.identity;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;

/**
 * An institution's API client presents the access token its OIDC provider (a real Keycloak) issued and gets CV
 * Tailor's own token, mapped by the same rules as a browser sign-in; tokens it should not trust are refused.
 */
class KeycloakTokenExchangeIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String SLUG = "kc-uni-" + SUFFIX;
    private static long orgId;

    @BeforeAll
    static void rulesForKeycloaksGroups() {
        Keycloak.start();
        String admin = Admin.token();
        try (Response created = post("/orgs", admin, Json.createObjectBuilder().add("name", "Keycloak Uni " + SUFFIX)
                .add("slug", SLUG).build().toString())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            orgId = json(created).getJsonNumber("id").longValue();
        }
        String rules = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("provider", "keycloak").add("value", "uni-x-students")
                        .add("organisation", SLUG).add("role", "member").add("cohort", "Students"))
                .add(Json.createObjectBuilder().add("provider", "keycloak").add("value", "career-counsellors")
                        .add("organisation", SLUG).add("role", "counsellor"))
                .build().toString();
        try (Response replaced = Api.request("/admin/identity/rules", admin).put(Entity.entity(rules,
                "application/json"))) {
            assertEquals(200, replaced.getStatus(), () -> replaced.readEntity(String.class));
        }
    }

    @Test
    void exchangesAKeycloakAccessTokenForCvTailorsOwnMappedByTheRules() {
        String ours = exchange(Keycloak.accessToken("student.kc@uni-x.example"));
        JsonObject me;
        try (Response response = get("/me", ours)) {
            assertEquals(200, response.getStatus());
            me = json(response);
        }
        assertEquals("student.kc@uni-x.example", me.getString("email"));
        assertEquals(orgId, me.getJsonObject("organisation").getJsonNumber("id").longValue(), me::toString);
        assertEquals("MEMBER", me.getJsonObject("organisation").getString("role"), me::toString);
        String again = exchange(Keycloak.accessToken("student.kc@uni-x.example"));
        try (Response response = get("/me", again)) {
            assertEquals(me.getJsonNumber("id").longValue(), json(response).getJsonNumber("id").longValue(),
                    "the same subject is the same account");
        }
    }

    @Test
    void refusesATamperedTokenAndGivesADisabledUserNoneToExchange() {
        String token = Keycloak.accessToken("counsellor.kc@uni-x.example");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        try (Response response = exchangeResponse(forged)) {
            assertProblem(response, 401);
        }
        try (Response refused = Keycloak.tokenRequest("disabled.kc@uni-x.example")) {
            String body = refused.readEntity(String.class);
            assertEquals(400, refused.getStatus(), body);
            assertTrue(body.contains("disabled"), body);
        }
    }

    private static String exchange(String accessToken) {
        try (Response response = exchangeResponse(accessToken)) {
            String body = response.readEntity(String.class);
            assertEquals(200, response.getStatus(), body);
            JsonObject answer = Api.parse(body).asJsonObject();
            assertEquals("Bearer", answer.getString("token_type"));
            assertEquals("urn:ietf:params:oauth:token-type:jwt", answer.getString("issued_token_type"));
            return answer.getString("access_token");
        }
    }

    private static Response exchangeResponse(String accessToken) {
        return Api.request("/auth/token", null).post(Entity.form(new Form()
                .param("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange")
                .param("subject_token", accessToken)
                .param("subject_token_type", "urn:ietf:params:oauth:token-type:access_token")));
    }
}
