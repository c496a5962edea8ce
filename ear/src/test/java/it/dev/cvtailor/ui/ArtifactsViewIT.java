package it.dev.cvtailor.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import it.dev.cvtailor.artifacts.TestFiles;
import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.core.Response;

/** Adding work in the browser: an artifact with evidence checked while the user watches, and a file dropped in. */
class ArtifactsViewIT extends BrowserIT {

    static final int PORT = Integer.getInteger("it.wiremock.port", 8089);
    private static WireMockServer web;

    @BeforeAll
    static void theWeb() {
        web = new WireMockServer(options().bindAddress("127.0.0.1").port(PORT));
        web.start();
        web.stubFor(head(urlEqualTo("/telescope")).willReturn(aResponse().withStatus(200)));
        web.stubFor(head(urlEqualTo("/lost")).willReturn(aResponse().withStatus(404)));
    }

    @AfterAll
    static void stopTheWeb() {
        web.stop();
    }

    @Test
    void addsAnArtifactWithEvidenceWhoseCheckShowsLive() throws Exception {
        String email = newAccount("maker");
        ArtifactsPage artifacts = signIn(email, Api.PASSWORD).toArtifacts();
        String proof = "http://127.0.0.1:" + PORT + "/telescope";
        String lost = "http://127.0.0.1:" + PORT + "/lost";

        artifacts.startNew().title("Radio telescope pipeline").evidence(proof).evidence(lost).save();
        artifacts.awaitRow("Radio telescope pipeline");
        artifacts.openRow("Radio telescope pipeline")
                .awaitEvidenceStatus(proof, "VALID")
                .awaitEvidenceStatus(lost, "BROKEN");
        screenshot("artifact-editor");
        try (Response list = Api.get("/artifacts?q=telescope", tokenOf(email))) {
            String body = list.readEntity(String.class);
            assertTrue(body.contains("Radio telescope pipeline") && body.contains("/telescope"),
                    "the UI saved through the same services as the API: " + body);
        }
    }

    @Test
    void turnsAnUploadedFileIntoAnArtifactAndRefusesAnImage() throws Exception {
        String email = newAccount("uploader");
        ArtifactsPage artifacts = signIn(email, Api.PASSWORD).toArtifacts();
        Path pdf = Files.createTempDirectory("upload").resolve("Observatory scheduler.pdf");
        Files.write(pdf, TestFiles.pdf(1, "Observatory scheduler", "Scheduled telescope time with Python and PostgreSQL."));
        Path image = pdf.resolveSibling("photo.png");
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

        artifacts.upload(pdf);
        ui.awaitNotification("has been added");
        artifacts.closeUpload();
        artifacts.upload(image);
        ui.awaitNotification("cannot be uploaded");
        artifacts.closeUpload();
        artifacts.awaitRow("Observatory scheduler");
        ui.await(d -> artifacts.gridText().contains("Ready"), "the uploaded artifact to be processed");
        assertEquals(1, artifacts.gridText().split("Observatory scheduler", -1).length - 1, artifacts.gridText());
        screenshot("artifacts");
    }
}
