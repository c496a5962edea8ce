package it.dev.cvtailor.evidence;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.WireMockServer;

import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

/**
 * Evidence links are checked by the server itself, so they must never become a door into the network. A local
 * HTTP server on 127.0.0.1 (WireMock), explicitly allow-listed for the test server, plays the public web.
 */
class EvidenceIT {

    static final int PORT = Integer.getInteger("it.wiremock.port", 8089);
    static final String SITE = "http://127.0.0.1:" + PORT;
    static final String ARCHIVED = "https://web.archive.org/web/20200101000000/" + SITE + "/gone";
    private static WireMockServer web;
    private static String token;
    private static long artifactId;

    @BeforeAll
    static void theWebAndAnArtifact() {
        Api.awaitReady();
        web = new WireMockServer(options().bindAddress("127.0.0.1").port(PORT));
        web.start();
        web.stubFor(head(urlEqualTo("/repo")).willReturn(aResponse().withStatus(200)));
        web.stubFor(head(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        web.stubFor(head(urlPathEqualTo("/revalidate")).willReturn(aResponse().withStatus(200)));
        web.stubFor(get(urlPathEqualTo("/wayback/available")).withQueryParam("url", equalTo(SITE + "/gone"))
                .willReturn(okJson("{\"url\":\"" + SITE + "/gone\",\"archived_snapshots\":{\"closest\":"
                        + "{\"status\":\"200\",\"available\":true,\"url\":\"" + ARCHIVED + "\","
                        + "\"timestamp\":\"20200101000000\"}}}")));
        web.stubFor(head(urlEqualTo("/get-only")).willReturn(aResponse().withStatus(405)));
        web.stubFor(get(urlEqualTo("/get-only")).willReturn(aResponse().withStatus(200).withBody("hello")));
        web.stubFor(head(urlEqualTo("/moved")).willReturn(aResponse().withStatus(301).withHeader("Location", "/repo")));
        web.stubFor(head(urlEqualTo("/to-metadata")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        web.stubFor(head(urlEqualTo("/to-intranet")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "http://10.20.30.40/admin")));
        token = Api.newUserToken("prover");
        try (Response created = post("/artifacts", token, "{\"kind\":\"PROJECT\",\"title\":\"Open-source parser\"}")) {
            artifactId = json(created).getJsonNumber("id").longValue();
        }
    }

    @AfterAll
    static void stopTheWeb() {
        if (web != null) {
            web.stop();
        }
    }

    @Test
    void aLinkThatAnswersBecomesValidAndItsUrlReadsBack() {
        JsonObject link = checked(SITE + "/repo");
        assertEquals("VALID", link.getString("validationStatus"));
        assertEquals(200, link.getInt("httpStatus"));
        assertEquals(SITE + "/repo", link.getString("url"));
        try (Response response = Api.get("/artifacts/" + artifactId, token)) {
            assertTrue(response.readEntity(String.class).contains(SITE + "/repo"), "the artifact lists its evidence");
        }
    }

    @Test
    void aLinkThatAnswers404IsBroken() {
        JsonObject link = checked(SITE + "/gone");
        assertEquals("BROKEN", link.getString("validationStatus"));
        assertEquals(404, link.getInt("httpStatus"));
        assertEquals(ARCHIVED, link.getString("archivedUrl"), "the Wayback Machine's copy is offered");
    }

    @Test
    void aValidLinkNeedsNoArchivedCopy() {
        assertFalse(checked(SITE + "/repo").containsKey("archivedUrl"));
    }

    @Test
    void revalidatesDueLinksOnceEvenWhenReplicasRunTogether() throws Exception {
        String owner = Api.newUserToken("revalidated");
        long artifact;
        try (Response created = post("/artifacts", owner, "{\"kind\":\"PROJECT\",\"title\":\"Checked often\"}")) {
            artifact = json(created).getJsonNumber("id").longValue();
        }
        Map<Long, String> links = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            JsonObject link = checked(owner, artifact, SITE + "/revalidate?n=" + i);
            links.put(link.getJsonNumber("id").longValue(), link.getString("lastCheckedAt"));
        }
        String admin = Admin.token();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            runs.add(replicas.submit(() -> revalidateWithin(admin, "P31D")));
        }
        List<Long> first = runs.get(0).get();
        List<Long> second = runs.get(1).get();
        replicas.shutdown();
        assertTrue(first.stream().noneMatch(second::contains), () -> "claimed twice: " + first + " " + second);
        Set<Long> queued = new HashSet<>(first);
        queued.addAll(second);
        assertTrue(queued.containsAll(links.keySet()), () -> "not all due links were queued: " + queued);

        for (var link : links.entrySet()) {
            awaitCheckedAfter(owner, artifact, link.getKey(), link.getValue());
        }
        for (int i = 0; i < 6; i++) {
            web.verify(2, headRequestedFor(urlEqualTo("/revalidate?n=" + i)));
        }
        assertEquals(List.of(), revalidateWithin(admin, "PT0S"), "nothing is due right after a check");
    }

    @Test
    void onlyAdminsRunTheRevalidationAndWithAValidHorizon() {
        assertProblem(Api.request("/admin/evidence/revalidation", token).post(null), 403);
        assertProblem(Api.request("/admin/evidence/revalidation?within=soon", Admin.token()).post(null), 400);
    }

    private static List<Long> revalidateWithin(String admin, String within) {
        try (Response response = Api.request("/admin/evidence/revalidation?within=" + within, admin).post(null)) {
            assertEquals(200, response.getStatus());
            return json(response).getJsonArray("linkIds").stream()
                    .map(id -> ((jakarta.json.JsonNumber) id).longValue()).toList();
        }
    }

    private static void awaitCheckedAfter(String owner, long artifact, long linkId, String checkedAt)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Response response = Api.get("/artifacts/" + artifact + "/evidence", owner)) {
                for (JsonValue value : Api.parse(response.readEntity(String.class)).asJsonArray()) {
                    JsonObject link = value.asJsonObject();
                    if (link.getJsonNumber("id").longValue() == linkId
                            && Instant.parse(link.getString("lastCheckedAt")).isAfter(Instant.parse(checkedAt))) {
                        return;
                    }
                }
            }
            Thread.sleep(300);
        }
        fail("The link " + linkId + " was not checked again");
    }

    @Test
    void fallsBackToGetAndFollowsRedirectsToPublicTargets() {
        assertEquals("VALID", checked(SITE + "/get-only").getString("validationStatus"));
        assertEquals("VALID", checked(SITE + "/moved").getString("validationStatus"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/to-metadata", "/to-intranet"})
    void rejectsARedirectToAPrivateAddress(String path) {
        assertEquals("REJECTED", checked(SITE + path).getString("validationStatus"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/admin", "http://[::1]/", "http://10.0.0.8/",
            "http://172.16.4.2/", "http://192.168.1.1/router", "http://169.254.169.254/latest/meta-data/",
            "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/", "http://[fd00::1]/",
            "http://100.64.0.1/", "http://0.0.0.0/", "ftp://example.com/file", "file:///etc/passwd",
            "http://user:secret@example.com/"})
    void rejectsLinksIntoTheNetworkWithoutFetchingThem(String url) {
        JsonObject link = checked(url);
        assertEquals("REJECTED", link.getString("validationStatus"), url);
        assertTrue(!link.containsKey("httpStatus") || link.isNull("httpStatus"), "never fetched: " + url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "/relative/path", "https://"})
    void refusesWhatIsNotAnAbsoluteUrl(String url) {
        try (Response response = post("/artifacts/" + artifactId + "/evidence", token,
                "{\"url\":\"" + url + "\",\"kind\":\"repository\"}")) {
            assertTrue(assertProblem(response, 400).getJsonArray("errors").toString().contains("url"), url);
        }
    }

    @Test
    void removesALinkAndRechecksOnRequest() {
        long linkId = checked(SITE + "/repo").getJsonNumber("id").longValue();
        try (Response response = post("/artifacts/" + artifactId + "/evidence/" + linkId + "/validate", token, "")) {
            assertEquals(202, response.getStatus());
        }
        try (Response response = Api.request("/artifacts/" + artifactId + "/evidence/" + linkId, token).delete()) {
            assertEquals(204, response.getStatus());
        }
        try (Response response = Api.request("/artifacts/" + artifactId + "/evidence/" + linkId, token).delete()) {
            assertProblem(response, 404);
        }
    }

    @Test
    void anotherUserCanNeitherAddReadCheckNorRemove() {
        long linkId = checked(SITE + "/repo").getJsonNumber("id").longValue();
        String intruder = Api.newUserToken("intruder");
        String base = "/artifacts/" + artifactId + "/evidence";
        try (Response response = post(base, intruder, "{\"url\":\"https://example.com\"}")) {
            assertProblem(response, 404);
        }
        try (Response response = Api.get(base, intruder)) {
            assertProblem(response, 404);
        }
        try (Response response = post(base + "/" + linkId + "/validate", intruder, "")) {
            assertProblem(response, 404);
        }
        try (Response response = Api.request(base + "/" + linkId, intruder).delete()) {
            assertProblem(response, 404);
        }
    }

    @Test
    void reportsTheShareOfValidLinksToAdmins() {
        String admin = Admin.token();
        JsonObject before = evidenceHealth(admin);
        checked(SITE + "/repo");
        checked(SITE + "/gone");
        JsonObject after = evidenceHealth(admin);
        assertEquals(total(before) + 2, total(after), "only users add links: this test's two");
        // other links may be checked meanwhile (still pending, or due again): each status gained this test's link
        assertTrue(count(after, "VALID") >= count(before, "VALID") + 1, () -> before + " then " + after);
        assertTrue(count(after, "BROKEN") >= count(before, "BROKEN") + 1, () -> before + " then " + after);
        double share = after.getJsonNumber("validShare").doubleValue();
        assertTrue(share > 0 && share < 1, "some valid, some not: " + share);
        try (Response response = Api.get("/admin/evidence-health", token)) {
            assertProblem(response, 403);
        }
    }

    private static JsonObject evidenceHealth(String admin) {
        try (Response response = Api.get("/admin/evidence-health", admin)) {
            assertEquals(200, response.getStatus());
            return json(response);
        }
    }

    private static long total(JsonObject health) {
        return health.getJsonNumber("total").longValue();
    }

    private static long count(JsonObject health, String status) {
        return health.getJsonObject("byStatus").getJsonNumber(status).longValue();
    }

    /** Adds the link and waits until its check is done. */
    private static JsonObject checked(String url) {
        return checked(token, artifactId, url);
    }

    private static JsonObject checked(String token, long artifactId, String url) {
        long linkId;
        try (Response response = post("/artifacts/" + artifactId + "/evidence", token,
                "{\"url\":\"" + url + "\",\"kind\":\"repository\"}")) {
            assertEquals(201, response.getStatus(), () -> url + ": " + response.readEntity(String.class));
            JsonObject link = json(response);
            assertEquals("PENDING", link.getString("validationStatus"));
            linkId = link.getJsonNumber("id").longValue();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Response response = Api.get("/artifacts/" + artifactId + "/evidence", token)) {
                for (JsonValue value : Api.parse(response.readEntity(String.class)).asJsonArray()) {
                    JsonObject link = value.asJsonObject();
                    if (link.getJsonNumber("id").longValue() == linkId && !"PENDING".equals(link.getString("validationStatus"))) {
                        return link;
                    }
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return fail("The link " + url + " was never checked");
    }
}
