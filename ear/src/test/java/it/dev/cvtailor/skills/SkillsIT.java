package it.dev.cvtailor.skills;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.SharedData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

class SkillsIT {


    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void findsSkillsByAnySpelling() {
        String token = Api.newUserToken("skills");
        JsonObject kubernetes = first(token, "k8s");
        assertEquals("Kubernetes", kubernetes.getString("name"));
        assertEquals("DevOps and infrastructure", kubernetes.getString("category"));
        assertTrue(kubernetes.getJsonArray("aliases").toString().contains("\"k8s\""), kubernetes::toString);
        assertEquals("PostgreSQL", first(token, "Postgres").getString("name"));
        assertEquals("C#", first(token, "c#").getString("name"));
        assertEquals(".NET", first(token, ".net").getString("name"));
        assertEquals("Node.js", first(token, "node.js").getString("name"));
    }

    @Test
    void refusesABadLimitAndAnonymousCallers() {
        String token = Api.newUserToken("skills");
        assertProblem(get("/skills?q=java&limit=0", token), 400);
        assertProblem(get("/skills?q=java&limit=abc", token), 400);
        assertProblem(get("/skills?q=java", null), 401);
    }

    @Test
    void usersCannotImportIntoTheTaxonomy() {
        String token = Api.newUserToken("skills");
        assertProblem(Api.request("/admin/skills/import/esco", token).post(Entity.entity("x", "text/csv")), 403);
    }

    @Test
    void refusesAFileThatIsNotEsco() {
        try (Response response = Api.request("/admin/skills/import/esco", Admin.token())
                .post(Entity.entity("name,age\nAda,36\n", "text/csv"))) {
            assertTrue(assertProblem(response, 422).getString("detail").contains("preferredLabel"));
        }
    }

    @Test
    void importsTheEscoSkillsOnceAndOnlyOnce() throws IOException {
        Path esco = SharedData.require("esco_1_1_1/skills_en.csv.gz");
        String admin = Admin.token();
        JsonObject first = importFile("esco", esco, "text/csv", admin);
        assertEquals(13_896, first.getInt("read"));
        assertTrue(first.getInt("skillsAdded") > 13_000, first::toString);
        assertTrue(first.getInt("aliasesAdded") > 80_000, first::toString);
        JsonObject again = importFile("esco", esco, "text/csv", admin);
        assertEquals(0, again.getInt("skillsAdded"), again::toString);
        assertEquals(0, again.getInt("aliasesAdded"), again::toString);

        String token = Api.newUserToken("skills");
        JsonObject staff = first(token, "coordinate duties of musical staff");
        assertEquals("manage musical staff", staff.getString("name"));
        assertEquals("Skill or competence (ESCO)", staff.getString("category"));
        assertEquals("Kubernetes", first(token, "k8s").getString("name"), "the team's skills keep their spellings");
    }

    @Test
    void importsOnetTechnologySkillsOnceAndOnlyOnce() throws IOException {
        Path onet = SharedData.require("onet_29_2/Technology_Skills.txt.gz");
        String admin = Admin.token();
        JsonObject first = importFile("onet", onet, "text/tab-separated-values", admin);
        assertEquals(0, importFile("onet", onet, "text/tab-separated-values", admin).getInt("aliasesAdded"));
        assertTrue(first.getInt("read") > 8_000, first::toString);

        JsonObject raiser = first(Api.newUserToken("skills"), "Blackbaud The Raiser's Edge");
        assertEquals("Customer relationship management CRM software", raiser.getString("category"));
    }

    private static JsonObject importFile(String kind, Path gzipped, String type, String admin) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped));
                Response response = Api.request("/admin/skills/import/" + kind, admin)
                        .post(Entity.entity(in.readAllBytes(), type))) {
            assertEquals(200, response.getStatus());
            return Api.json(response);
        }
    }

    private static JsonObject first(String token, String q) {
        try (Response response = get("/skills?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                token)) {
            assertEquals(200, response.getStatus());
            JsonArray found = response.readEntity(JsonArray.class);
            assertTrue(!found.isEmpty(), () -> "nothing found for " + q);
            return found.getJsonObject(0);
        }
    }
}
