package it.dev.cvtailor.artifacts;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitReadyStatus;
import static it.dev.cvtailor.platform.Api.awaitStatus;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

class ArtifactsIT {

    static final String ARTIFACT = """
            {"kind":"PROJECT","title":"Realtime fraud scoring","organisation":"Acme Bank",
             "startedOn":"2022-01-01","endedOn":"2023-06-30",
             "summary":"Scored card payments in under 50 ms.","stack":["Java","Kafka"]}""";

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void acceptsAnArtifactAndProcessesItThroughTheQueue() {
        String token = Api.newUserToken("maker");
        String location;
        long id;
        try (Response created = post("/artifacts", token, ARTIFACT)) {
            assertEquals(202, created.getStatus());
            location = created.getLocation().getPath();
            JsonObject body = json(created);
            id = body.getJsonNumber("id").longValue();
            assertEquals("PROCESSING", body.getString("status"));
            assertEquals("/api/v1/artifacts/" + id, location);
        }
        JsonObject ready = awaitReadyStatus("/artifacts/" + id, token);
        assertEquals("Realtime fraud scoring", ready.getString("title"));
        assertEquals("[\"Java\",\"Kafka\"]", ready.getJsonArray("stack").toString());
        assertEquals(384, ready.getInt("embeddingDimensions"), "embedded by the in-process model");
    }

    @Test
    void listsOnlyTheCallersArtifacts() {
        String owner = Api.newUserToken("owner");
        String other = Api.newUserToken("other");
        post("/artifacts", owner, ARTIFACT).close();
        post("/artifacts", owner, ARTIFACT.replace("Realtime fraud scoring", "Second project")).close();
        try (Response list = get("/artifacts", owner)) {
            JsonObject page = json(list);
            assertEquals(2, page.getJsonNumber("total").longValue());
            assertEquals(2, page.getJsonArray("items").size());
        }
        try (Response list = get("/artifacts", other)) {
            JsonObject page = json(list);
            assertEquals(0, page.getJsonNumber("total").longValue());
            assertTrue(page.getJsonArray("items").isEmpty());
        }
    }

    @Test
    void anotherUserGets404ForAnArtifact() {
        String owner = Api.newUserToken("owner");
        String intruder = Api.newUserToken("intruder");
        long id;
        try (Response created = post("/artifacts", owner, ARTIFACT)) {
            id = json(created).getJsonNumber("id").longValue();
        }
        try (Response response = get("/artifacts/" + id, intruder)) {
            String body = assertProblem(response, 404).toString();
            assertFalse(body.contains("fraud"), body);
        }
        try (Response response = get("/artifacts/" + Long.MAX_VALUE, owner)) {
            assertProblem(response, 404);
        }
    }

    @Test
    void rejectsMalformedJsonWith400() {
        String token = Api.newUserToken("clumsy");
        try (Response response = post("/artifacts", token, "{\"kind\":\"PROJECT\",")) {
            assertProblem(response, 400);
        }
        try (Response response = post("/artifacts", token, "{\"kind\":\"NOT_A_KIND\",\"title\":\"x\"}")) {
            assertProblem(response, 400);
        }
    }

    @Test
    void updatesAnArtifactAndProcessesItAgain() {
        String token = Api.newUserToken("editor");
        long id;
        try (Response created = post("/artifacts", token, ARTIFACT)) {
            id = json(created).getJsonNumber("id").longValue();
        }
        awaitStatus("/artifacts/" + id, token, "READY");
        try (Response updated = Api.request("/artifacts/" + id, token).put(jakarta.ws.rs.client.Entity.json(
                "{\"kind\":\"POSITION\",\"title\":\"Fraud team lead\",\"startedOn\":\"2023-07-01\"}"))) {
            assertEquals(202, updated.getStatus());
            assertEquals("PROCESSING", json(updated).getString("status"));
        }
        JsonObject ready = awaitStatus("/artifacts/" + id, token, "READY");
        assertEquals("Fraud team lead", ready.getString("title"));
        assertEquals("POSITION", ready.getString("kind"));
        assertFalse(ready.containsKey("summary"), "a PUT replaces every field");
    }

    @Test
    void acceptsAnEditWhileTheArtifactIsStillBeingProcessed() {
        String token = Api.newUserToken("hasty");
        long id;
        try (Response created = post("/artifacts", token, ARTIFACT)) {
            id = json(created).getJsonNumber("id").longValue();
        }
        try (Response updated = Api.request("/artifacts/" + id, token).put(jakarta.ws.rs.client.Entity.json(
                "{\"kind\":\"PROJECT\",\"title\":\"Renamed at once\"}"))) {
            assertEquals(202, updated.getStatus());
        }
        JsonObject ready = awaitStatus("/artifacts/" + id, token, "READY");
        assertEquals("Renamed at once", ready.getString("title"));
    }

    @Test
    void deletesAnArtifact() {
        String token = Api.newUserToken("tidy");
        long id;
        try (Response created = post("/artifacts", token, ARTIFACT)) {
            id = json(created).getJsonNumber("id").longValue();
        }
        try (Response deleted = Api.request("/artifacts/" + id, token).delete()) {
            assertEquals(204, deleted.getStatus());
        }
        try (Response response = get("/artifacts/" + id, token)) {
            assertProblem(response, 404);
        }
    }

    @Test
    void filtersByKindAndDatesAndSorts() {
        String token = Api.newUserToken("sorter");
        post("/artifacts", token, "{\"kind\":\"PROJECT\",\"title\":\"B project\",\"startedOn\":\"2020-01-01\"}").close();
        post("/artifacts", token, "{\"kind\":\"PROJECT\",\"title\":\"A project\",\"startedOn\":\"2022-01-01\"}").close();
        post("/artifacts", token, "{\"kind\":\"EDUCATION\",\"title\":\"C degree\",\"startedOn\":\"2015-09-01\"}").close();
        assertEquals("[A project, B project]", titles(token, "?kind=PROJECT&sort=title,asc"));
        assertEquals("[A project, B project, C degree]", titles(token, "?sort=startedOn,desc"));
        assertEquals("[B project, A project]", titles(token, "?from=2019-01-01&to=2023-01-01&sort=startedOn,asc"));
        assertEquals("[C degree]", titles(token, "?kind=education"));
        assertEquals("[B project]", titles(token, "?sort=title&page=1&size=1"));
    }

    @Test
    void refusesOutOfBoundsOrMalformedListingParameters() {
        String token = Api.newUserToken("pager");
        for (String bad : new String[] {"?page=-1", "?size=0", "?size=101", "?page=abc", "?from=2024-13-01",
                "?kind=HOBBY", "?sort=password", "?from=2024-01-01&to=2023-01-01"}) {
            try (Response response = get("/artifacts" + bad, token)) {
                assertTrue(assertProblem(response, 400).containsKey("errors"), bad);
            }
        }
    }

    private static String titles(String token, String query) {
        try (Response response = get("/artifacts" + query, token)) {
            return json(response).getJsonArray("items").stream()
                    .map(item -> item.asJsonObject().getString("title")).toList().toString();
        }
    }

    @Test
    void namesEachInvalidField() {
        String token = Api.newUserToken("hasty");
        String body = "{\"kind\":\"PROJECT\",\"title\":\" \",\"startedOn\":\"2023-01-01\",\"endedOn\":\"2022-01-01\"}";
        try (Response response = post("/artifacts", token, body)) {
            String errors = assertProblem(response, 400).getJsonArray("errors").toString();
            assertTrue(errors.contains("\"title\"") && errors.contains("\"endedOn\""), errors);
        }
    }
}
