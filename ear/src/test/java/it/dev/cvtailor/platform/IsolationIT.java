package it.dev.cvtailor.platform;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitStatus;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    }

    static Stream<Arguments> userDataEndpoints() {
        return Stream.of(
                call("GET /artifacts/{id}", token -> Api.get("/artifacts/" + artifactId, token)),
                call("GET /documents/{id}", token -> Api.get("/documents/" + documentId, token)),
                call("POST /export/{id} pdf", token -> post("/export/" + documentId, token, "{\"format\":\"pdf\"}")),
                call("POST /export/{id} docx", token -> post("/export/" + documentId, token, "{\"format\":\"docx\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userDataEndpoints")
    void anotherUserGets404(String endpoint, Function<String, Response> call) {
        try (Response response = call.apply(owner)) {
            assertEquals(200, response.getStatus(), "the owner may: " + endpoint);
        }
        try (Response response = call.apply(intruder)) {
            assertFalse(assertProblem(response, 404).toString().contains(SECRET));
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
        return Stream.of("/artifacts", "/documents", "/me/export");
    }

    private static Arguments call(String name, Function<String, Response> call) {
        return Arguments.of(name, call);
    }
}
