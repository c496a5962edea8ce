package it.dev.cvtailor.generation;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitReadyStatus;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/** The thin path through every layer: artifact → queue → CV → queue → document → PDF and DOCX. */
class GenerateAndExportIT {

    static final String POSITION = """
            {"kind":"POSITION","title":"Payments platform","role":"Senior Backend Engineer","organisation":"Acme Bank",
             "startedOn":"2021-03-01","summary":"Built the card payments API serving two million requests a day.",
             "stack":["Java","PostgreSQL","Kafka"]}""";
    static final String REQUEST = """
            {"jobDescription":"Senior Java Engineer\\nWe build payment systems with Java, PostgreSQL and Kafka.",
             "candidate":{"name":"Ada Lovelace","email":"ada@example.com","location":"London"}}""";

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void generatesACvFromTheArtifactsAndExportsPdfAndDocx() throws Exception {
        String token = Api.newUserToken("candidate");
        long artifactId = createReadyArtifact(token);

        String location;
        long documentId;
        try (Response accepted = post("/generate/cv", token, REQUEST)) {
            assertEquals(202, accepted.getStatus(), () -> accepted.readEntity(String.class));
            location = accepted.getLocation().getPath();
            JsonObject body = json(accepted);
            documentId = body.getJsonNumber("id").longValue();
            assertEquals("QUEUED", body.getString("status"));
            assertEquals("cv", body.getString("kind"));
        }
        assertEquals("/api/v1/documents/" + documentId, location);

        JsonObject document = awaitReadyStatus("/documents/" + documentId, token);
        assertEquals("template", document.getString("generator"));
        String text = document.getString("text");
        assertTrue(text.contains("Ada Lovelace") && text.contains("Payments platform"), text);
        String bullets = document.getJsonObject("content").getJsonArray("experience").toString();
        assertTrue(bullets.contains("\"artifactId\":" + artifactId), "every bullet names its artifact: " + bullets);

        byte[] pdf;
        String exportId;
        try (Response export = post("/export/" + documentId, token, "{\"format\":\"pdf\"}")) {
            assertEquals(200, export.getStatus());
            assertEquals("application/pdf", export.getMediaType().toString());
            assertTrue(export.getHeaderString("Content-Disposition").startsWith("attachment; filename="));
            exportId = export.getHeaderString("X-Export-Id");
            assertNotNull(exportId);
            pdf = export.readEntity(byte[].class);
        }
        try (Response log = Api.get("/exports/" + exportId, token)) {
            JsonObject logged = json(log);
            assertEquals("pdf", logged.getString("format"));
            assertTrue(logged.getJsonObject("atsCheck").getBoolean("passed"), logged::toString);
        }
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            String pdfText = new PDFTextStripper().getText(parsed);
            assertTrue(pdfText.contains("Payments platform"), pdfText);
            assertTrue(pdfText.contains("Ada Lovelace"), pdfText);
        }

        try (Response export = post("/export/" + documentId, token, "{\"format\":\"docx\"}")) {
            assertEquals(200, export.getStatus());
            byte[] docx = export.readEntity(byte[].class);
            try (XWPFDocument parsed = new XWPFDocument(new ByteArrayInputStream(docx));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(parsed)) {
                String docxText = extractor.getText();
                assertTrue(docxText.contains("Payments platform") && docxText.contains("Senior Backend Engineer"), docxText);
            }
        }
    }

    @Test
    void anotherUserGets404ForTheDocumentAndItsExport() {
        String owner = Api.newUserToken("owner");
        String intruder = Api.newUserToken("intruder");
        createReadyArtifact(owner);
        long documentId = generateReadyCv(owner);
        try (Response response = get("/documents/" + documentId, intruder)) {
            assertFalse(assertProblem(response, 404).toString().contains("Lovelace"));
        }
        try (Response response = post("/export/" + documentId, intruder, "{\"format\":\"pdf\"}")) {
            assertProblem(response, 404);
        }
        try (Response response = get("/documents", intruder)) {
            assertTrue(Api.parse(response.readEntity(String.class)).asJsonArray().isEmpty());
        }
    }

    @Test
    void refusesAnUnknownExportFormatAndAnIncompleteRequest() {
        String token = Api.newUserToken("picky");
        createReadyArtifact(token);
        long documentId = generateReadyCv(token);
        try (Response response = post("/export/" + documentId, token, "{\"format\":\"odt\"}")) {
            assertTrue(assertProblem(response, 400).getJsonArray("errors").toString().contains("format"));
        }
        try (Response response = post("/generate/cv", token, "{\"candidate\":{\"name\":\"Ada\"}}")) {
            assertProblem(response, 400);
        }
        try (Response response = post("/generate/cv", token, "{\"jobDescription\":\"x\"")) {
            assertProblem(response, 400);
        }
    }

    private static long generateReadyCv(String token) {
        long documentId;
        try (Response accepted = post("/generate/cv", token, REQUEST)) {
            assertEquals(202, accepted.getStatus());
            documentId = json(accepted).getJsonNumber("id").longValue();
        }
        awaitReadyStatus("/documents/" + documentId, token);
        return documentId;
    }

    private static long createReadyArtifact(String token) {
        long id;
        try (Response created = post("/artifacts", token, POSITION)) {
            assertEquals(202, created.getStatus());
            id = json(created).getJsonNumber("id").longValue();
        }
        awaitReadyStatus("/artifacts/" + id, token);
        return id;
    }
}
