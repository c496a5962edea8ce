package it.dev.cvtailor.artifacts;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.SharedData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/** JSON Resume in and out, with the public sample résumés in ../shared/data (see {@link SharedData}). */
class JsonResumeIT {

    static final List<String> ENTRY_SECTIONS = List.of("work", "volunteer", "education", "projects", "certificates",
            "publications", "awards");

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void importsTheSampleResumesEntryForEntryAndExportsThemBack() throws Exception {
        Path folder = SharedData.require("resume_samples/fresh_test_resumes");
        List<Path> resumes;
        try (Stream<Path> files = Files.list(folder)) {
            resumes = Stream.concat(files.filter(p -> p.getFileName().toString().startsWith("jrs__")),
                    Stream.of(SharedData.require("resume_samples/jsonresume/sample.resume.json"))).sorted().toList();
        }
        for (Path file : resumes) {
            String text = Files.readString(file);
            JsonObject resume = (JsonObject) Api.parse(text);
            int entries = ENTRY_SECTIONS.stream().mapToInt(s -> resume.containsKey(s) ? resume.getJsonArray(s).size() : 0).sum();
            String token = Api.newUserToken("importer");
            try (Response response = post("/import/json-resume", token, text)) {
                assertEquals(202, response.getStatus(), () -> file + ": " + response.readEntity(String.class));
                JsonObject result = json(response);
                assertEquals(entries, result.getJsonArray("artifactIds").size(), file.toString());
                assertTrue(result.getJsonArray("notImported").toString().contains("basics"), "says what it left out");
            }
            try (Response response = get("/artifacts?size=100", token)) {
                assertEquals(entries, json(response).getJsonNumber("total").longValue());
            }
            String exported;
            try (Response response = get("/export/json-resume", token)) {
                assertEquals(200, response.getStatus());
                exported = response.readEntity(String.class);
            }
            JsonObject back = (JsonObject) Api.parse(exported);
            for (String section : List.of("work", "education", "publications", "awards")) {
                int before = resume.containsKey(section) ? resume.getJsonArray(section).size() : 0;
                int volunteering = section.equals("work") && resume.containsKey("volunteer")
                        ? resume.getJsonArray("volunteer").size() : 0;
                assertEquals(before + volunteering, back.getJsonArray(section).size(), file + " " + section);
            }
            String firstWork = resume.getJsonArray("work").getJsonObject(0).getString("position");
            assertTrue(exported.contains(firstWork), firstWork + " in " + exported);
            String again = Api.newUserToken("reimporter");
            try (Response response = post("/import/json-resume", again, exported)) {
                assertEquals(entries, json(response).getJsonArray("artifactIds").size(), "the export imports again");
            }
        }
    }

    @Test
    void importsAFreshResumeAsTheJsonResumeItCorrespondsTo() throws Exception {
        Path folder = SharedData.require("resume_samples/fresh_test_resumes");
        List<Path> resumes;
        try (Stream<Path> files = Files.list(folder)) {
            resumes = files.filter(p -> p.getFileName().toString().startsWith("fresh__")).sorted().toList();
        }
        assertEquals(3, resumes.size(), "the three FRESH samples of SOURCE.md");
        for (Path file : resumes) {
            String text = Files.readString(file);
            JsonObject fresh = (JsonObject) Api.parse(text);
            int entries = Stream.of("employment", "service", "education").mapToInt(s -> fresh.containsKey(s)
                    ? fresh.getJsonObject(s).getJsonArray("history").size() : 0).sum()
                    + Stream.of("projects", "writing", "recognition").mapToInt(s -> fresh.containsKey(s)
                            ? fresh.getJsonArray(s).size() : 0).sum();
            String token = Api.newUserToken("fresh");
            try (Response response = post("/import/json-resume", token, text)) {
                assertEquals(202, response.getStatus(), () -> file + ": " + response.readEntity(String.class));
                assertEquals(entries, json(response).getJsonArray("artifactIds").size(), file.toString());
            }
            String firstPosition = fresh.getJsonObject("employment").getJsonArray("history").getJsonObject(0)
                    .getString("position");
            try (Response response = get("/export/json-resume", token)) {
                assertTrue(response.readEntity(String.class).contains(Json.createValue(firstPosition).toString()
                        .replaceAll("^\"|\"$", "")), firstPosition);
            }
        }
    }

    @Test
    void refusesABadDateNamingItsPlaceAndSavesNothing() {
        String token = Api.newUserToken("careless");
        String resume = "{\"work\":[{\"name\":\"Acme\",\"position\":\"Engineer\",\"startDate\":\"2020-01-01\"},"
                + "{\"name\":\"Globex\",\"position\":\"Lead\",\"startDate\":\"last spring\"}]}";
        try (Response response = post("/import/json-resume", token, resume)) {
            assertTrue(assertProblem(response, 400).getJsonArray("errors").toString().contains("work[1].startDate"));
        }
        try (Response response = get("/artifacts", token)) {
            assertEquals(0, json(response).getJsonNumber("total").longValue());
        }
        try (Response response = post("/import/json-resume", token, "{\"awards\":[{\"awarder\":\"ACM\"}]}")) {
            String errors = assertProblem(response, 400).getJsonArray("errors").toString();
            assertTrue(errors.contains("awards[0].title"), "an entry without a title is named: " + errors);
        }
        try (Response response = post("/import/json-resume", token, "[1,2,3]")) {
            assertProblem(response, 400);
        }
        try (Response response = post("/import/json-resume", token, "{\"work\":\"not a list\"}")) {
            assertProblem(response, 400);
        }
    }

    @Test
    void placesTheResumesSkillsOnTheEntriesThatShowThemAndNamesTheRest() {
        String token = Api.newUserToken("skilled");
        String resume = """
                {"work":[{"name":"Acme","position":"Engineer","summary":"Built the billing API in Kotlin."}],
                 "projects":[{"name":"Cluster tooling","description":"Operators for Kubernetes"}],
                 "skills":[{"name":"Backend","keywords":["Kotlin","Kubernetes","Haskell"]}]}""";
        List<Long> ids;
        try (Response response = post("/import/json-resume", token, resume)) {
            JsonObject result = json(response);
            ids = result.getJsonArray("artifactIds").stream()
                    .map(id -> ((jakarta.json.JsonNumber) id).longValue()).toList();
            String notImported = result.getJsonArray("notImported").toString();
            assertTrue(notImported.contains("Haskell") && !notImported.contains("Kotlin"), notImported);
        }
        assertTrue(skillsOf(token, ids.get(0)).contains("Kotlin"));
        assertTrue(!skillsOf(token, ids.get(0)).contains("Kubernetes"), "a skill goes only where it is shown");
        assertTrue(skillsOf(token, ids.get(1)).contains("Kubernetes"));
    }

    private static List<String> skillsOf(String token, long id) {
        try (Response response = get("/artifacts/" + id, token)) {
            return json(response).getJsonArray("skills").stream()
                    .map(s -> s.asJsonObject().getString("name")).toList();
        }
    }

    @Test
    void anotherUsersArtifactsNeverReachMyExport() {
        String mine = Api.newUserToken("mine");
        String theirs = Api.newUserToken("theirs");
        post("/import/json-resume", theirs, "{\"work\":[{\"name\":\"Secret Corp\",\"position\":\"Spy\"}]}").close();
        try (Response response = get("/export/json-resume", mine)) {
            String exported = response.readEntity(String.class);
            assertTrue(!exported.contains("Secret Corp"), exported);
        }
    }
}
