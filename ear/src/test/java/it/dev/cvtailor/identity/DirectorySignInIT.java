package it.dev.cvtailor.identity;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.credentials;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;

import it.dev.cvtailor.identity.Directory.Person;
import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;

/**
 * Sign-in through the institution's LDAP directory (a real one: UnboundID's in-memory server over LDAPS, see
 * {@link Directory}) with the usual e-mail and password, mapped to an organisation, role and cohort by the
 * installation's rules at every sign-in; refusals for wrong passwords, locked accounts and an e-mail that belongs to
 * a local account; all of it audited.
 */
class DirectorySignInIT {

    private static final String PASSWORD = "directory passphrase 42";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String SLUG = "uni-x-" + SUFFIX;

    private static String admin;
    private static long orgId;
    private static String counsellors;
    private static String students;
    private static String admins;

    @BeforeAll
    static void anOrganisationWithRulesForTheDirectorysGroups() {
        Directory.start();
        counsellors = Directory.group("career-counsellors-" + SUFFIX);
        students = Directory.group("students-" + SUFFIX);
        admins = Directory.group("cvtailor-admins-" + SUFFIX);
        admin = Admin.token();
        try (Response created = post("/orgs", admin, Json.createObjectBuilder().add("name", "Uni X " + SUFFIX)
                .add("slug", SLUG).build().toString())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            orgId = json(created).getJsonNumber("id").longValue();
        }
        String rules = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("claim", "groups").add("value", counsellors)
                        .add("organisation", SLUG).add("role", "counsellor").add("cohort", "Counsellors"))
                .add(Json.createObjectBuilder().add("provider", "directory").add("claim", "groups")
                        .add("value", "students-" + SUFFIX).add("organisation", SLUG).add("role", "member")
                        .add("cohort", "MSc Data Science 2027"))
                .add(Json.createObjectBuilder().add("value", "CVTAILOR-ADMINS-" + SUFFIX).add("installationAdmin", true))
                .build().toString();
        try (Response replaced = Api.request("/admin/identity/rules", admin)
                .put(Entity.entity(rules, "application/json"))) {
            String body = replaced.readEntity(String.class);
            assertEquals(200, replaced.getStatus(), body);
            assertEquals(3, Api.parse(body).asJsonArray().size(), body);
        }
    }

    @Test
    void listsTheDirectoryAfterLocalAccounts() {
        try (Response response = get("/auth/providers", null)) {
            assertEquals(200, response.getStatus());
            List<JsonObject> providers = Api.parse(response.readEntity(String.class)).asJsonArray().stream()
                    .map(JsonValue::asJsonObject).toList();
            assertEquals("local", providers.get(0).getString("kind"), providers::toString);
            assertTrue(providers.stream().anyMatch(p -> p.getString("id").equals("directory")
                    && p.getString("kind").equals("ldap") && p.getString("label").equals("Uni X directory")),
                    providers::toString);
        }
    }

    @Test
    void aDirectoryCounsellorSignsInWithTheUsualFormAsCounsellorOfTheMappedOrganisation() {
        Person carla = Directory.person("carla", PASSWORD);
        Directory.addToGroup(counsellors, carla);
        String token = signIn(carla.mail(), PASSWORD);
        JsonObject me = me(token);
        assertEquals(carla.mail(), me.getString("email"));
        assertEquals(orgId, me.getJsonObject("organisation").getJsonNumber("id").longValue(), me::toString);
        assertEquals("COUNSELLOR", me.getJsonObject("organisation").getString("role"), me::toString);
        try (Response cohorts = get("/orgs/" + orgId + "/cohorts", token)) {
            assertTrue(cohorts.readEntity(String.class).contains("Counsellors"), "the rule's cohort is made");
        }
        String again = signIn(carla.uid(), PASSWORD);
        assertEquals(me.getJsonNumber("id").longValue(), me(again).getJsonNumber("id").longValue(),
                "signing in by uid is the same person: the identity is the DN, not what was typed");
    }

    @Test
    void someoneRemovedFromAGroupLosesWhatItGaveAtTheirNextSignIn() {
        Person dan = Directory.person("dan", PASSWORD);
        Directory.addToGroup(counsellors, dan);
        Directory.addToGroup(students, dan);
        assertEquals("COUNSELLOR", me(signIn(dan.mail(), PASSWORD)).getJsonObject("organisation").getString("role"));

        Directory.removeFromGroup(counsellors, dan);
        assertEquals("MEMBER", me(signIn(dan.mail(), PASSWORD)).getJsonObject("organisation").getString("role"),
                "no longer a counsellor: still a student");

        Directory.removeFromGroup(students, dan);
        JsonObject me = me(signIn(dan.mail(), PASSWORD));
        assertEquals(JsonValue.ValueType.NULL, me.get("organisation") == null ? JsonValue.ValueType.NULL
                : me.get("organisation").getValueType(), "in no group: out of the organisation " + me);
    }

    @Test
    void theAdminGroupMakesAnInstallationAdminAndLeavingItTakesThatBack() {
        Person erin = Directory.person("erin", PASSWORD);
        Directory.addToGroup(admins, erin);
        String adminToken = signIn(erin.mail(), PASSWORD);
        assertEquals("admin", me(adminToken).getString("role"));

        Directory.removeFromGroup(admins, erin);
        assertEquals("user", me(signIn(erin.mail(), PASSWORD)).getString("role"));
        try (Response response = get("/admin/users", adminToken)) {
            assertProblem(response, 401);
        }
    }

    @Test
    void refusesAWrongPasswordAnUnknownNameAndALockedAccount() {
        Person frank = Directory.person("frank", PASSWORD);
        try (Response response = post("/auth/login", null, credentials(frank.mail(), "not the directory password"))) {
            assertProblem(response, 401);
        }
        try (Response response = post("/auth/login", null, credentials("nobody-" + SUFFIX + "@uni-x.example",
                PASSWORD))) {
            assertProblem(response, 401);
        }
        signIn(frank.mail(), PASSWORD);
        Directory.lock(frank);
        try (Response response = post("/auth/login", null, credentials(frank.mail(), PASSWORD))) {
            assertProblem(response, 401);
        }
    }

    @Test
    void aDirectoryEntryWithTheEmailOfALocalAccountDoesNotTakeItOver() {
        String email = Api.uniqueEmail("local");
        try (Response registered = post("/auth/register", null, credentials(email, Api.PASSWORD))) {
            assertEquals(201, registered.getStatus());
        }
        Person twin = Directory.person("twin-" + SUFFIX, email, PASSWORD);
        Directory.addToGroup(counsellors, twin);
        try (Response response = post("/auth/login", null, credentials(email, PASSWORD))) {
            JsonObject problem = assertProblem(response, 409);
            assertTrue(problem.getString("detail").contains("not yet linked"), problem::toString);
        }
        JsonObject me = me(signIn(email, Api.PASSWORD));
        assertTrue(me.get("organisation") == null || me.isNull("organisation"),
                "the directory's groups give the unlinked local account nothing: " + me);
    }

    @Test
    void rulesNameOnlyConfiguredProvidersOnlyAdminsSeeThemAndChangesAndSignInsAreAudited() {
        String rules = "[{\"provider\":\"nope\",\"value\":\"x\",\"organisation\":\"" + SLUG + "\"},"
                + "{\"value\":\"y\",\"role\":\"counsellor\"}]";
        try (Response response = Api.request("/admin/identity/rules", admin).put(Entity.entity(rules,
                "application/json"))) {
            JsonObject problem = assertProblem(response, 400);
            assertTrue(problem.toString().contains("rules[0].provider") && problem.toString().contains(
                    "rules[1].organisation"), problem::toString);
        }
        try (Response response = get("/admin/identity/rules", Api.newUserToken("curious"))) {
            assertEquals(403, response.getStatus());
        }
        Person gina = Directory.person("gina", PASSWORD);
        signIn(gina.mail(), PASSWORD);
        post("/auth/login", null, credentials(gina.mail(), "wrong directory password")).close();
        String trail;
        try (Response response = get("/admin/audit?size=100", admin)) {
            assertEquals(200, response.getStatus());
            trail = json(response).getJsonArray("items").toString();
        }
        assertTrue(trail.contains("IDENTITY_RULES_CHANGE") && trail.contains("EXTERNAL_SIGN_IN"), trail);
        assertTrue(trail.contains("refused by directory"), "the refused directory sign-in is audited: " + trail);
        assertTrue(!trail.contains(PASSWORD), "no secrets in the trail");
    }

    @Test
    void theTokenExchangeRefusesATokenFromAnIssuerNobodyConfigured() throws Exception {
        String foreign = Tokens.signedByStranger(new JWTClaimsSet.Builder().issuer("https://idp.elsewhere.example")
                .audience("cvtailor-api").subject("someone").claim("email", "someone@uni-x.example")
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).issueTime(new Date()).build());
        Form form = new Form().param("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange")
                .param("subject_token", foreign)
                .param("subject_token_type", "urn:ietf:params:oauth:token-type:access_token");
        try (Response response = Api.request("/auth/token", null).post(Entity.form(form))) {
            assertProblem(response, 401);
        }
        try (Response response = Api.request("/auth/token", null).post(Entity.form(new Form()
                .param("grant_type", "password")))) {
            assertProblem(response, 400);
        }
    }

    private static String signIn(String login, String password) {
        try (Response response = post("/auth/login", null, credentials(login, password))) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return json(response).getString("token");
        }
    }

    private static JsonObject me(String token) {
        try (Response response = get("/me", token)) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return json(response);
        }
    }
}
