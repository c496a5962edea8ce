package it.dev.cvtailor.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

/** A posting given by its address: read from the page (JSON-LD or text) under the evidence links' rules. */
class PostingFromPageIT {

    static final int PORT = Integer.getInteger("it.wiremock.port", 8089);
    static final String SITE = "http://127.0.0.1:" + PORT;
    private static WireMockServer web;
    private static String token;

    @BeforeAll
    static void theWeb() {
        Api.awaitReady();
        web = new WireMockServer(options().bindAddress("127.0.0.1").port(PORT));
        web.start();
        web.stubFor(get(urlEqualTo("/jobs/42")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("""
                        <html><head><title>Careers</title>
                        <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
                         "title":"Platform Engineer","hiringOrganization":{"@type":"Organization","name":"Globex"},
                         "description":"<p>Run our platform.</p><h3>Requirements</h3><ul><li>Kubernetes</li>\
                        <li>Terraform &amp; Go</li></ul><h3>Nice to have</h3><ul><li>Rust</li></ul>"}</script>
                        </head><body><nav>Home | Jobs</nav></body></html>""")));
        web.stubFor(get(urlEqualTo("/careers/data")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("""
                        <html><head><title>Data Engineer - Initech</title></head><body><nav>menu</nav>
                        <main><h1>Data Engineer</h1><h2>What you'll do</h2><p>Build pipelines.</p>
                        <h2>Requirements</h2><ul><li>Python</li><li>PostgreSQL</li></ul></main></body></html>""")));
        web.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        token = Api.newUserToken("job-hunter");
    }

    @AfterAll
    static void stopTheWeb() {
        if (web != null) {
            web.stop();
        }
    }

    private static Map<String, JsonObject> keywords(JsonObject jd) {
        return jd.getJsonArray("keywords").stream().map(JsonValue::asJsonObject).filter(k -> k.containsKey("skill"))
                .collect(Collectors.toMap(k -> k.getString("skill"), k -> k));
    }

    private static JsonObject fromPage(String url) {
        try (Response response = post("/job-descriptions", token, "{\"url\":\"" + url + "\"}")) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
            return json(response);
        }
    }

    @Test
    void readsTheJobPostingDataOfThePage() {
        JsonObject jd = fromPage(SITE + "/jobs/42");
        assertEquals("Platform Engineer", jd.getString("title"));
        assertEquals("Globex", jd.getString("company"));
        assertEquals(SITE + "/jobs/42", jd.getString("url"));
        Map<String, JsonObject> keywords = keywords(jd);
        assertTrue(keywords.get("Kubernetes").getBoolean("critical"));
        assertTrue(keywords.get("Go").getBoolean("critical"), "Go in a list of requirements is the language");
        assertFalse(keywords.get("Rust").getBoolean("critical"));
        assertFalse(jd.getString("text").contains("Home | Jobs"), "only the posting, not the page's menu");
    }

    @Test
    void readsThePagesMainTextWhenItHasNoPostingData() {
        JsonObject jd = fromPage(SITE + "/careers/data");
        assertEquals("Data Engineer - Initech", jd.getString("title"));
        assertTrue(keywords(jd).get("PostgreSQL").getBoolean("critical"));
        assertFalse(jd.getString("text").contains("menu"));
    }

    @Test
    void neverFetchesAnAddressInsideTheNetworkAndSaysWhyAPageCannotBeRead() {
        try (Response response = post("/job-descriptions", token, "{\"url\":\"http://10.20.30.40/jobs/1\"}")) {
            assertTrue(assertProblem(response, 422).getString("detail").contains("cannot be read"));
        }
        try (Response response = post("/job-descriptions", token, "{\"url\":\"" + SITE + "/gone\"}")) {
            assertTrue(assertProblem(response, 422).getString("detail").contains("404"));
        }
        assertProblem(post("/job-descriptions", token, "{\"url\":\"not a url\"}"), 400);
    }
}
