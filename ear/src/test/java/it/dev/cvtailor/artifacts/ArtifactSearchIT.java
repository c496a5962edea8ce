package it.dev.cvtailor.artifacts;

import static it.dev.cvtailor.platform.Api.awaitReadyStatus;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

/** Skills found in and named with artifacts, and the q and skill filters of the listing. */
class ArtifactSearchIT {

    static String owner;
    static long billing;
    static long launch;
    static long research;

    @BeforeAll
    static void artifacts() {
        Api.awaitReady();
        owner = Api.newUserToken("search");
        billing = create("""
                {"kind":"PROJECT","title":"Billing platform rewrite",
                 "description":"Rewrote the billing service in Go with Postgres, deployed on k8s.",
                 "skills":["Terraform","Zorblax flux tuning"]}""");
        launch = create("""
                {"kind":"POSITION","title":"Product marketing lead","organisation":"Acme",
                 "description":"Go to market plan for three launches. Managed the budgets for campaigns."}""");
        research = create("""
                {"kind":"PROJECT","title":"Sensor research",
                 "description":"Led R&D for the sensor line; statistical models in R and Python."}""");
        for (long id : List.of(billing, launch, research)) {
            awaitReadyStatus("/artifacts/" + id, owner);
        }
    }

    private static long create(String json) {
        try (Response created = post("/artifacts", owner, json)) {
            assertEquals(202, created.getStatus());
            return json(created).getJsonNumber("id").longValue();
        }
    }

    @Test
    void findsTheTaxonomysSkillsInTheText() {
        Map<String, JsonValue> skills = skillsOf(billing);
        assertTrue(skills.keySet().containsAll(List.of("Go", "PostgreSQL", "Kubernetes", "Terraform")),
                skills::toString);
        assertEquals("Programming languages", ((JsonObject) skills.get("Go")).getString("category"));
    }

    @Test
    void keepsADeclaredSkillTheTaxonomyDoesNotKnowWithoutACategory() {
        JsonObject unknown = (JsonObject) skillsOf(billing).get("Zorblax flux tuning");
        assertFalse(unknown.containsKey("category"), unknown::toString);
    }

    @Test
    void doesNotMistakePlainWordsForSkills() {
        assertFalse(skillsOf(launch).containsKey("Go"), () -> "go to market is not Go: " + skillsOf(launch));
        Map<String, JsonValue> research = skillsOf(ArtifactSearchIT.research);
        assertTrue(research.containsKey("R"), research::toString);
        assertTrue(research.containsKey("Python"), research::toString);
    }

    @Test
    void rAndDIsNotR() {
        long id = create("""
                {"kind":"POSITION","title":"Engineering manager","description":"Ran R&D budgets for five teams."}""");
        awaitReadyStatus("/artifacts/" + id, owner);
        assertFalse(skillsOf(id).containsKey("R"), () -> skillsOf(id).toString());
    }

    @Test
    void searchesTheTextWithQ() {
        assertEquals(List.of(billing), ids("q=billing"));
        assertEquals(List.of(billing), ids("q=k8s"));
        assertEquals(List.of(launch), ids("q=" + encode("campaign budget")), "stemmed or substring, both words");
        assertEquals(List.of(), ids("q=nonexistentword"));
    }

    @Test
    void filtersBySkillUnderAnySpelling() {
        assertEquals(List.of(billing), ids("skill=Kubernetes"));
        assertEquals(List.of(billing), ids("skill=k8s"));
        assertEquals(List.of(research), ids("skill=Python"));
        assertEquals(List.of(), ids("skill=" + encode("Zorblax flux tuning")));
    }

    @Test
    void anotherUserFindsNothingOfTheOwners() {
        String other = Api.newUserToken("search-other");
        try (Response response = get("/artifacts?q=billing", other)) {
            assertEquals(0, json(response).getJsonNumber("total").longValue());
        }
        try (Response response = get("/artifacts?skill=Kubernetes", other)) {
            assertEquals(0, json(response).getJsonNumber("total").longValue());
        }
    }

    private static Map<String, JsonValue> skillsOf(long id) {
        try (Response response = get("/artifacts/" + id, owner)) {
            return json(response).getJsonArray("skills").stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(s -> s.getString("name"), s -> s, (a, b) -> a));
        }
    }

    private static List<Long> ids(String query) {
        try (Response response = get("/artifacts?" + query, owner)) {
            assertEquals(200, response.getStatus());
            return json(response).getJsonArray("items").stream()
                    .map(item -> item.asJsonObject().getJsonNumber("id").longValue()).sorted().toList();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
