package it.dev.cvtailor.labels;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonArray;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

class LabelsIT {

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void createsRenamesListsAndDeletesLabels() {
        String token = Api.newUserToken("labeller");
        long backend = created(post("/labels", token, "{\"name\":\"Backend\",\"description\":\"Server work\"}"));
        created(post("/labels", token, "{\"name\":\"data engineering\"}"));
        try (Response response = get("/labels", token)) {
            JsonArray labels = Api.parse(response.readEntity(String.class)).asJsonArray();
            assertEquals("[\"Backend\",\"data engineering\"]",
                    labels.stream().map(l -> "\"" + l.asJsonObject().getString("name") + "\"").toList().toString()
                            .replace(", ", ","));
        }
        try (Response response = put("/labels/" + backend, token, "{\"name\":\"Backend services\"}")) {
            assertEquals("Backend services", json(response).getString("name"));
        }
        try (Response response = Api.request("/labels/" + backend, token).delete()) {
            assertEquals(204, response.getStatus());
        }
        try (Response response = get("/labels/" + backend, token)) {
            assertProblem(response, 404);
        }
    }

    @Test
    void refusesADuplicateNameWhateverItsCase() {
        String token = Api.newUserToken("twins");
        created(post("/labels", token, "{\"name\":\"Frontend\"}"));
        long other = created(post("/labels", token, "{\"name\":\"Mobile\"}"));
        try (Response response = post("/labels", token, "{\"name\":\" frontend \"}")) {
            assertProblem(response, 409);
        }
        try (Response response = put("/labels/" + other, token, "{\"name\":\"FRONTEND\"}")) {
            assertProblem(response, 409);
        }
        try (Response response = post("/labels", Api.newUserToken("stranger"), "{\"name\":\"Frontend\"}")) {
            assertEquals(201, response.getStatus(), "names are unique per user only");
        }
        try (Response response = post("/labels", token, "{\"name\":\"\"}")) {
            assertTrue(assertProblem(response, 400).getJsonArray("errors").toString().contains("name"));
        }
    }

    @Test
    void assignsArtifactsAndFiltersByLabel() {
        String token = Api.newUserToken("organiser");
        long api = artifact(token, "Payments API");
        long etl = artifact(token, "Nightly ETL");
        long label = created(post("/labels", token, "{\"name\":\"backend\"}"));
        try (Response response = put("/labels/" + label + "/artifacts", token, "[" + api + "]")) {
            assertEquals(204, response.getStatus());
        }
        try (Response response = get("/artifacts?label=" + label, token)) {
            String page = response.readEntity(String.class);
            assertTrue(page.contains("Payments API") && !page.contains("Nightly ETL"), page);
            assertTrue(page.contains("\"labels\":[{\"id\":" + label + ",\"name\":\"backend\"}]"), page);
        }
        try (Response response = put("/labels/" + label + "/artifacts", token, "[" + etl + "]")) {
            assertEquals(204, response.getStatus());
        }
        try (Response response = get("/artifacts?label=" + label, token)) {
            String page = response.readEntity(String.class);
            assertTrue(page.contains("Nightly ETL") && !page.contains("Payments API"), "assignment replaces: " + page);
        }
        try (Response response = put("/labels/" + label + "/artifacts", token, "[" + Long.MAX_VALUE + "]")) {
            assertProblem(response, 404);
        }
        try (Response response = get("/artifacts?label=abc", token)) {
            assertProblem(response, 400);
        }
    }

    @Test
    void createsAnArtifactWithItsLabelsAndLinksOrNothingAtAll() {
        String token = Api.newUserToken("complete");
        long label = created(post("/labels", token, "{\"name\":\"research\"}"));
        String body = "{\"kind\":\"PUBLICATION\",\"title\":\"Notes on the engine\",\"labelIds\":[" + label
                + "],\"evidenceLinks\":[{\"url\":\"https://example.com/notes\",\"kind\":\"paper\"}]}";
        try (Response response = post("/artifacts", token, body)) {
            String artifact = response.readEntity(String.class);
            assertEquals(202, response.getStatus(), artifact);
            assertTrue(artifact.contains("\"name\":\"research\"") && artifact.contains("https://example.com/notes"), artifact);
        }
        try (Response response = post("/artifacts", token, body.replace("https://example.com/notes", "not a url"))) {
            assertProblem(response, 400);
        }
        try (Response response = post("/artifacts", token, body.replace("[" + label + "]", "[" + Long.MAX_VALUE + "]"))) {
            assertProblem(response, 404);
        }
        try (Response response = get("/artifacts", token)) {
            assertEquals(1, json(response).getJsonNumber("total").longValue(), "a refused request saved nothing");
        }
        long id;
        try (Response response = get("/artifacts", token)) {
            id = json(response).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        }
        try (Response response = put("/artifacts/" + id, token, body)) {
            assertProblem(response, 400);
        }
    }

    static long artifact(String token, String title) {
        return created(post("/artifacts", token, "{\"kind\":\"PROJECT\",\"title\":\"" + title + "\"}"));
    }

    static Response put(String path, String token, String json) {
        return Api.request(path, token).put(Entity.json(json));
    }

    static long created(Response response) {
        try (response) {
            assertTrue(response.getStatus() == 201 || response.getStatus() == 202, () -> response.readEntity(String.class));
            return json(response).getJsonNumber("id").longValue();
        }
    }
}
