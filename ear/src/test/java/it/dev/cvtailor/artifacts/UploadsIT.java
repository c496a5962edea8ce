package it.dev.cvtailor.artifacts;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitReadyStatus;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/** Multipart uploads: the type from the bytes, the text extracted and processed, every bad file refused. */
class UploadsIT {

    static String token;

    @BeforeAll
    static void user() {
        Api.awaitReady();
        token = Api.newUserToken("uploads");
    }

    @AfterAll
    static void serverStaysHealthy() {
        try (Response ready = jakarta.ws.rs.client.ClientBuilder.newClient().target(Api.BASE + "/health/ready")
                .request().get()) {
            assertEquals(200, ready.getStatus());
        }
    }

    static Response upload(String fileName, byte[] content, String metadata) {
        return upload(fileName, content, metadata, false);
    }

    /** A multipart upload; {@code streamed} sends it in chunks, without declaring its length. */
    static Response upload(String fileName, byte[] content, String metadata, boolean streamed) {
        String boundary = "----cvtailor" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (content != null) {
            part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: application/octet-stream", content);
        }
        if (metadata != null) {
            part(body, boundary, "Content-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json",
                    metadata.getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = Api.request("/artifacts", token);
        if (streamed) {
            request.property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.CHUNKED);
            return request.post(Entity.entity(new java.io.ByteArrayInputStream(body.toByteArray()),
                    "multipart/form-data; boundary=" + boundary));
        }
        return request.post(Entity.entity(body.toByteArray(), "multipart/form-data; boundary=" + boundary));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until the accepted upload is processed, and asserts that it is READY. */
    private static JsonObject processed(Response accepted) {
        try (accepted) {
            assertEquals(202, accepted.getStatus(), () -> accepted.readEntity(String.class));
            long id = json(accepted).getJsonNumber("id").longValue();
            JsonObject artifact = awaitReadyStatus("/artifacts/" + id, token);
            return artifact;
        }
    }

    private static List<String> skills(JsonObject artifact) {
        return artifact.getJsonArray("skills").stream().map(s -> s.asJsonObject().getString("name")).toList();
    }

    private static void refused(int status, String reasonPart, Response response) {
        try (response) {
            String detail = assertProblem(response, status).getString("detail");
            assertTrue(detail.toLowerCase().contains(reasonPart), detail);
        }
    }

    @Test
    void readsMarkdownAndTakesTheFactsItStates() {
        String markdown = """
                Senior engineer at Acme Corp
                Jan 2020 - Present

                Built event pipelines in Java with Kafka, deployed on k8s.
                Team: Ada Lovelace, Alan Turing
                """;
        JsonObject artifact = processed(upload("acme.md", markdown.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("READY", artifact.getString("status"));
        assertEquals("acme", artifact.getString("title"));
        assertEquals("PROJECT", artifact.getString("kind"));
        assertEquals("text/markdown", artifact.getString("sourceMediaType"));
        assertEquals("Acme Corp", artifact.getString("organisation"));
        assertEquals("Senior engineer", artifact.getString("role"));
        assertEquals("2020-01-01", artifact.getString("startedOn"));
        assertFalse(artifact.containsKey("endedOn"));
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), artifact.getJsonArray("collaborators").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        assertTrue(skills(artifact).containsAll(List.of("Java", "Apache Kafka", "Kubernetes")), artifact::toString);
        try (Response found = get("/artifacts?q=pipelines", token)) {
            assertTrue(json(found).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .anyMatch(a -> a.getJsonNumber("id").longValue() == artifact.getJsonNumber("id").longValue()),
                    "the extracted text is searchable");
        }
    }

    @Test
    void readsAPdfWhateverItsNameSays() throws Exception {
        byte[] pdf = TestFiles.pdf(2, "Data platform migration", "Moved 40 TB from Oracle to PostgreSQL.");
        JsonObject artifact = processed(upload("migration.docx", pdf,
                "{\"kind\":\"POSITION\",\"title\":\"Platform lead\",\"organisation\":\"Initech\"}"));
        assertEquals("READY", artifact.getString("status"));
        assertEquals("application/pdf", artifact.getString("sourceMediaType"));
        assertEquals("Platform lead", artifact.getString("title"));
        assertEquals("POSITION", artifact.getString("kind"));
        assertEquals("Initech", artifact.getString("organisation"), "metadata is never overwritten");
        assertTrue(skills(artifact).contains("PostgreSQL"), artifact::toString);
    }

    @Test
    void readsAWordDocument() throws Exception {
        JsonObject artifact = processed(upload("thesis.docx", TestFiles.docx("Thesis on graph databases",
                "Benchmarked Neo4j against PostgreSQL for recommendation queries."), null));
        assertEquals("READY", artifact.getString("status"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                artifact.getString("sourceMediaType"));
        assertTrue(skills(artifact).contains("Neo4j"), artifact::toString);
    }

    @Test
    void anotherUserGets404ForAnUploadedArtifact() {
        JsonObject artifact = processed(upload("notes.txt", "Kotlin notes".getBytes(StandardCharsets.UTF_8), null));
        try (Response response = get("/artifacts/" + artifact.getJsonNumber("id"), Api.newUserToken("intruder"))) {
            assertProblem(response, 404);
        }
    }

    @Test
    void refusesAFileWhoseBytesAreNoDocument() {
        refused(422, "image/png", upload("cv.pdf", TestFiles.png(), null));
    }

    @Test
    void refusesPasswordProtectedFiles() throws Exception {
        refused(422, "password", upload("locked.pdf", TestFiles.encryptedPdf("secret plans"), null));
        refused(422, "password-protected", upload("locked.docx", TestFiles.encryptedDocx("secret plans"), null));
    }

    @Test
    void refusesDamagedFiles() throws Exception {
        byte[] pdf = ("%PDF-1.7\n" + "garbage ".repeat(200)).getBytes(StandardCharsets.US_ASCII);
        refused(422, "damaged", upload("broken.pdf", pdf, null));
        byte[] docx = TestFiles.docx("fine so far, ".repeat(500));
        for (int i = docx.length / 2; i < docx.length / 2 + 64; i++) {
            docx[i] ^= (byte) 0x5a;
        }
        refused(422, "damaged", upload("broken.docx", docx, null));
    }

    @Test
    void refusesAZipBombBeforeUnpackingIt() throws Exception {
        refused(422, "zip bomb", upload("bomb.docx", TestFiles.zipBomb(), null));
    }

    @Test
    void refusesAWordDocumentWithAnExternalEntity() throws Exception {
        refused(422, "dtd", upload("xxe.docx", TestFiles.xxeDocx(), null));
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws Exception {
        refused(422, "not a word", upload("archive.docx", TestFiles.zipOfText(), null));
    }

    @Test
    void refusesTooManyPagesAndEmptyFiles() throws Exception {
        refused(422, "pages", upload("long.pdf", TestFiles.pdf(201, "page"), null));
        refused(422, "empty", upload("empty.txt", new byte[0], null));
        refused(422, "no text", upload("blank.txt", "   \n\n ".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        refused(413, "10 mb", upload("large.txt", large, null));
        refused(413, "10 mb", upload("large.txt", java.util.Arrays.copyOf(large, large.length + 300_000), null, true));
    }

    @Test
    void refusesAnUploadWithoutAFileOrWithBadMetadata() {
        refused(400, "", upload(null, null, "{\"title\":\"no file\"}"));
        refused(400, "", upload("a.txt", "text".getBytes(StandardCharsets.UTF_8), "{not json"));
        refused(400, "", upload("a.txt", "text".getBytes(StandardCharsets.UTF_8),
                "{\"startedOn\":\"2024-05-01\",\"endedOn\":\"2023-01-01\"}"));
    }
}
