package it.dev.cvtailor.platform;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitStatus;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * Every endpoint that reads or changes one user's data, called by another user: always 404, never 403, never
 * the data. The same call by the owner succeeds, so a 404 here means isolation, not a broken endpoint.
 */
class IsolationIT {

    static final String SECRET = "Classified radar project";
    private static String owner;
    private static String intruder;
    private static long artifactId;
    private static long documentId;
    private static long labelId;
    private static long intrudersLabelId;
    private static long jobDescriptionId;
    private static long importId;
    private static long applicationId;
    private static long sentId;

    @BeforeAll
    static void anOwnerWithData() {
        Api.awaitReady();
        owner = Api.newUserToken("owner");
        intruder = Api.newUserToken("intruder");
        try (Response created = post("/artifacts", owner, "{\"kind\":\"PROJECT\",\"title\":\"" + SECRET + "\"}")) {
            artifactId = json(created).getJsonNumber("id").longValue();
        }
        awaitStatus("/artifacts/" + artifactId, owner, "READY");
        try (Response created = post("/generate/cv", owner,
                "{\"jobDescription\":\"Radar engineer\",\"candidate\":{\"name\":\"Owner\"}}")) {
            documentId = json(created).getJsonNumber("id").longValue();
        }
        awaitStatus("/documents/" + documentId, owner, "READY");
        try (Response created = post("/labels", owner, "{\"name\":\"secret work\"}")) {
            labelId = json(created).getJsonNumber("id").longValue();
        }
        try (Response created = post("/labels", intruder, "{\"name\":\"loot\"}")) {
            intrudersLabelId = json(created).getJsonNumber("id").longValue();
        }
        try (Response created = post("/job-descriptions", owner, "{\"text\":\"" + SECRET + " wanted: Java\"}")) {
            jobDescriptionId = json(created).getJsonNumber("id").longValue();
        }
        try {
            importId = it.dev.cvtailor.imports.ImportIT.imported("/import/cv", owner, "cv.pdf",
                    it.dev.cvtailor.artifacts.TestFiles.pdf(1, it.dev.cvtailor.imports.ImportIT.CV))
                    .getJsonNumber("id").longValue();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        applicationId = it.dev.cvtailor.applications.ApplicationsIT.application(owner,
                "{\"company\":\"" + SECRET + "\",\"role\":\"Engineer\"}");
        try (Response used = Api.request("/applications/" + applicationId + "/documents", owner)
                .put(Entity.json("[" + documentId + "]"))) {
            assertEquals(200, used.getStatus());
        }
        try (Response applied = post("/applications/" + applicationId + "/status", owner, "{\"status\":\"APPLIED\"}")) {
            assertEquals(200, applied.getStatus());
        }
        try (Response sent = Api.get("/applications/" + applicationId + "/sent", owner)) {
            sentId = Api.parse(sent.readEntity(String.class)).asJsonArray().getJsonObject(0).getJsonNumber("id")
                    .longValue();
        }
    }

    static Stream<Arguments> userDataEndpoints() {
        return Stream.of(
                call("GET /artifacts/{id}", token -> Api.get("/artifacts/" + artifactId, token)),
                call("GET /documents/{id}", token -> Api.get("/documents/" + documentId, token)),
                call("GET /documents/{id}/versions", token -> Api.get("/documents/" + documentId + "/versions", token)),
                call("PUT /documents/{id}/saved", token -> Api.request("/documents/" + documentId + "/saved", token)
                        .put(Entity.json("{\"saved\":true}"))),
                call("POST /documents/{id}/rating", token -> post("/documents/" + documentId + "/rating", token,
                        "{\"score\":1}")),
                call("POST /export/{id} pdf", token -> post("/export/" + documentId, token, "{\"format\":\"pdf\"}")),
                call("POST /export/{id} docx", token -> post("/export/" + documentId, token, "{\"format\":\"docx\"}")),
                call("PUT /artifacts/{id}", token -> Api.request("/artifacts/" + artifactId, token)
                        .put(Entity.json("{\"kind\":\"PROJECT\",\"title\":\"" + SECRET + "\"}"))),
                call("GET /labels/{id}", token -> Api.get("/labels/" + labelId, token)),
                call("PUT /labels/{id}", token -> Api.request("/labels/" + labelId, token)
                        .put(Entity.json("{\"name\":\"secret work\"}"))),
                call("PUT /labels/{id}/artifacts", token -> Api.request("/labels/" + labelId + "/artifacts", token)
                        .put(Entity.json("[" + artifactId + "]"))),
                call("GET /artifacts?label={id}", token -> Api.get("/artifacts?label=" + labelId, token)),
                call("GET /job-descriptions/{id}", token -> Api.get("/job-descriptions/" + jobDescriptionId, token)),
                call("GET /imports/{id}", token -> Api.get("/imports/" + importId, token)),
                call("POST /imports/{id}/confirm", token -> post("/imports/" + importId + "/confirm", token,
                        "{\"accept\":[{\"index\":2}]}")),
                call("GET /applications/{id}", token -> Api.get("/applications/" + applicationId, token)),
                call("PATCH /applications/{id}", token -> Api.request("/applications/" + applicationId, token)
                        .method("PATCH", Entity.json("{\"notes\":\"x\"}"))),
                call("POST /applications/{id}/status", token -> post("/applications/" + applicationId + "/status",
                        token, "{\"status\":\"INTERVIEWING\"}")),
                call("PUT /applications/{id}/documents", token -> Api.request("/applications/" + applicationId
                        + "/documents", token).put(Entity.json("[" + documentId + "]"))),
                call("GET /applications/{id}/sent", token -> Api.get("/applications/" + applicationId + "/sent", token)),
                call("GET /applications/{id}/sent/{sentId}", token -> Api.get("/applications/" + applicationId
                        + "/sent/" + sentId, token)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userDataEndpoints")
    void anotherUserGets404(String endpoint, Function<String, Response> call) {
        try (Response response = call.apply(owner)) {
            assertTrue(response.getStatus() / 100 == 2, "the owner may: " + endpoint + " " + response.getStatus());
        }
        try (Response response = call.apply(intruder)) {
            assertFalse(assertProblem(response, 404).toString().contains(SECRET));
        }
    }

    @org.junit.jupiter.api.Test
    void anotherUsersArtifactCannotBeLabelledNorDeleted() {
        try (Response response = Api.request("/labels/" + intrudersLabelId + "/artifacts", intruder)
                .put(Entity.json("[" + artifactId + "]"))) {
            assertProblem(response, 404);
        }
        try (Response response = Api.request("/labels/" + labelId, intruder).delete()) {
            assertProblem(response, 404);
        }
        try (Response response = Api.request("/artifacts/" + artifactId, intruder).delete()) {
            assertProblem(response, 404);
        }
        try (Response response = Api.get("/artifacts/" + artifactId, owner)) {
            assertEquals(200, response.getStatus(), "still there for its owner");
        }
        try (Response response = Api.request("/applications/" + applicationId, intruder).delete()) {
            assertProblem(response, 404);
        }
        try (Response response = Api.get("/applications/" + applicationId, owner)) {
            assertEquals(200, response.getStatus(), "still there for its owner");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void listingsShowAnotherUserNothing(String listing) {
        try (Response response = Api.get(listing, intruder)) {
            assertEquals(200, response.getStatus());
            assertFalse(response.readEntity(String.class).contains(SECRET), listing);
        }
    }

    static Stream<String> listings() {
        return Stream.of("/artifacts", "/documents", "/labels", "/job-descriptions", "/me/export", "/applications",
                "/applications.csv");
    }

    private static Arguments call(String name, Function<String, Response> call) {
        return Arguments.of(name, call);
    }
}
