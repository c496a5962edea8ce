package it.dev.cvtailor.imports;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.awaitStatus;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.artifacts.TestFiles;
import it.dev.cvtailor.platform.Api;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * Onboarding over HTTP: a CV (PDF, Word) or LinkedIn's export becomes proposals, the user edits and confirms
 * them, a repeat is offered as an update; every bad file is refused with a clear 4xx and leaves nothing behind.
 */
public class ImportIT {

    static String token;

    /** A one-page CV, as a PDF with a text layer. */
    public static final String[] CV = {
        "Maria Lindqvist",
        "maria@example.se | +46 70 123 45 67 | Göteborg, Sweden",
        "Experience",
        "Senior Software Engineer",
        "Nordhavn Logistics",
        "Mar 2021 – Present",
        "• Built the tracking API in Java used by 40 carriers.",
        "• Cut p95 latency from 800 ms to 120 ms.",
        "Software Engineer",
        "Brightwater Cloud",
        "Sep 2016 – Feb 2021",
        "• Ran the billing migration.",
        "Education",
        "MSc Computer Science",
        "Chalmers University of Technology",
        "Sep 2014 – Jun 2016",
        "Skills",
        "Java, PostgreSQL, Kubernetes"
    };

    @BeforeAll
    static void user() {
        Api.awaitReady();
        token = Api.newUserToken("imports");
    }

    /** A multipart upload of {@code content} as part {@code file} to {@code path}. */
    public static Response upload(String path, String token, String fileName, byte[] content) {
        String boundary = "----cvtailor" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.request(path, token).post(Entity.entity(body.toByteArray(), "multipart/form-data; boundary=" + boundary));
    }

    /** Uploads, checks the 202, and waits for the import to be read. */
    public static JsonObject imported(String path, String token, String fileName, byte[] content) {
        long id;
        try (Response accepted = upload(path, token, fileName, content)) {
            assertEquals(202, accepted.getStatus(), () -> accepted.readEntity(String.class));
            JsonObject started = json(accepted);
            assertEquals("PROCESSING", started.getString("status"));
            id = started.getJsonNumber("id").longValue();
        }
        return awaitStatus("/imports/" + id, token, "READY", "FAILED");
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static int artifactCount(String token) {
        try (Response list = get("/artifacts?size=100", token)) {
            return json(list).getJsonNumber("total").intValue();
        }
    }

    @Test
    void aPdfCvBecomesProposalsThatTheUserEditsAndConfirms() throws IOException {
        String user = Api.newUserToken("cv-import");
        JsonObject read = imported("/import/cv", user, "maria.pdf", TestFiles.pdf(1, CV));
        assertEquals("READY", read.getString("status"), read::toString);
        assertEquals("maria@example.se", read.getJsonObject("candidate").getString("email"));
        assertEquals("Göteborg, Sweden", read.getJsonObject("candidate").getString("location"));
        var proposals = read.getJsonArray("proposals");
        assertEquals(3, proposals.size(), read::toString);
        JsonObject first = proposals.getJsonObject(0).getJsonObject("artifact");
        assertEquals("POSITION", first.getString("kind"));
        assertEquals("Senior Software Engineer", first.getString("title"));
        assertEquals("Nordhavn Logistics", first.getString("organisation"));
        assertEquals("2021-03-01", first.getString("startedOn"));
        assertEquals(List.of("Java"), first.getJsonArray("skills").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(read.getJsonArray("notImported").toString().contains("Kubernetes"), read::toString);
        Instant created = Instant.parse(read.getString("createdAt"));
        assertEquals(Duration.ofHours(24), Duration.between(created, Instant.parse(read.getString("expiresAt"))));
        assertEquals(0, artifactCount(user), "nothing is saved before confirmation");

        // the user fixes the first title, keeps education, drops the second position
        String edited = first.toString().replace("\"Senior Software Engineer\"", "\"Staff Software Engineer\"");
        long id = read.getJsonNumber("id").longValue();
        List<Long> ids;
        try (Response confirmed = post("/imports/" + id + "/confirm", user,
                "{\"accept\":[{\"index\":0,\"artifact\":" + edited + "},{\"index\":2}]}")) {
            assertEquals(200, confirmed.getStatus(), () -> confirmed.readEntity(String.class));
            ids = json(confirmed).getJsonArray("artifactIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .map(jakarta.json.JsonNumber::longValue).toList();
        }
        assertEquals(2, ids.size());
        JsonObject artifact = awaitStatus("/artifacts/" + ids.get(0), user, "READY");
        assertEquals("Staff Software Engineer", artifact.getString("title"));
        assertEquals("Nordhavn Logistics", artifact.getString("organisation"));
        assertEquals("EDUCATION", awaitStatus("/artifacts/" + ids.get(1), user, "READY").getString("kind"));
        try (Response again = get("/imports/" + id, user)) {
            assertEquals("CONFIRMED", json(again).getString("status"));
        }
        try (Response twice = post("/imports/" + id + "/confirm", user, "{\"accept\":[{\"index\":1}]}")) {
            assertProblem(twice, 409);
        }
        assertEquals(2, artifactCount(user));

        // the same CV again: the kept entries are offered as updates of what the user has
        JsonObject repeat = imported("/import/cv", user, "maria.docx", TestFiles.docx(CV));
        var repeated = repeat.getJsonArray("proposals");
        assertEquals(3, repeated.size(), repeat::toString);
        assertTrue(!repeated.getJsonObject(0).containsKey("duplicateOf") || repeated.getJsonObject(0).isNull("duplicateOf"),
                "the title was edited to Staff, so the Senior one is new: " + repeated);
        assertEquals(ids.get(1).longValue(), repeated.getJsonObject(2).getJsonNumber("duplicateOf").longValue());
        try (Response confirmed = post("/imports/" + repeat.getJsonNumber("id").longValue() + "/confirm", user,
                "{\"accept\":[{\"index\":2}]}")) {
            assertEquals(200, confirmed.getStatus(), () -> confirmed.readEntity(String.class));
            assertEquals(ids.get(1).longValue(), json(confirmed).getJsonArray("artifactIds").getJsonNumber(0).longValue());
        }
        assertEquals(2, artifactCount(user), "an update, not a duplicate");
    }

    @Test
    void aConfirmationWithOneBadEntrySavesNothing() throws IOException {
        String user = Api.newUserToken("cv-import-bad");
        JsonObject read = imported("/import/cv", user, "maria.pdf", TestFiles.pdf(1, CV));
        long id = read.getJsonNumber("id").longValue();
        try (Response refused = post("/imports/" + id + "/confirm", user,
                "{\"accept\":[{\"index\":0},{\"index\":1,\"artifact\":{\"kind\":\"POSITION\",\"title\":\"\"}}]}")) {
            JsonObject problem = assertProblem(refused, 400);
            assertTrue(problem.toString().contains("accept[1].artifact.title"), problem::toString);
        }
        try (Response refused = post("/imports/" + id + "/confirm", user, "{\"accept\":[{\"index\":9}]}")) {
            assertProblem(refused, 400);
        }
        assertEquals(0, artifactCount(user));
        try (Response still = get("/imports/" + id, user)) {
            assertEquals("READY", json(still).getString("status"), "it can still be confirmed");
        }
    }

    @Test
    void aLinkedInExportBecomesProposals() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
                + "Nordhavn Logistics,Senior Software Engineer,\"Built the tracking API.\nCut latency.\","
                + "\"Göteborg, Sweden\",Mar 2021,\n");
        files.put("Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                + "Chalmers University of Technology,2014,2016,,MSc Computer Science,\n");
        files.put("Profile.csv", "First Name,Last Name,Headline\nMaria,Lindqvist,Engineer\n");
        JsonObject read = imported("/import/linkedin", token, "Basic_LinkedInDataExport.zip", zip(files));
        assertEquals("READY", read.getString("status"), read::toString);
        assertEquals("LINKEDIN", read.getString("source"));
        assertEquals("Maria Lindqvist", read.getJsonObject("candidate").getString("name"));
        JsonObject position = read.getJsonArray("proposals").getJsonObject(0).getJsonObject("artifact");
        assertEquals("Göteborg, Sweden", position.getString("location"));
        assertEquals("Built the tracking API.\nCut latency.", position.getString("description"));
        assertEquals(2, read.getJsonArray("proposals").size());
    }

    @Test
    void everyBadFileIsRefusedWithAClear4xxAndLeavesNothing() throws IOException {
        String user = Api.newUserToken("imports-bad");
        refused(upload("/import/cv", user, "scan.pdf", TestFiles.pdf(1)), 422, "no text");
        refused(upload("/import/cv", user, "cv.txt", "Experience\nEngineer\nAcme\n2020 - 2021".getBytes(
                StandardCharsets.UTF_8)), 422, "pdf or a word");
        byte[] export = zip(Map.of("Positions.csv", "Company Name,Title\nAcme,Engineer\n"));
        refused(upload("/import/linkedin", user, "damaged.zip", java.util.Arrays.copyOf(export, export.length / 2)),
                422, "damaged");
        refused(upload("/import/linkedin", user, "bomb.zip", TestFiles.zipBomb()), 422, "zip bomb");
        refused(upload("/import/linkedin", user, "climb.zip", zip(Map.of("../Positions.csv", "Title\nX\n"))),
                422, "outside itself");
        refused(upload("/import/linkedin", user, "quotes.zip",
                zip(Map.of("Positions.csv", "Company Name,Title\n\"Acme,Engineer\n"))), 422, "not valid csv");
        try (Response missing = Api.request("/import/cv", user).post(Entity.entity(
                "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n",
                "multipart/form-data; boundary=b"))) {
            assertProblem(missing, 400);
        }
        assertEquals(0, artifactCount(user));
    }

    @Test
    void anotherUsersImportIsNotFound() throws IOException {
        JsonObject read = imported("/import/cv", token, "maria.pdf", TestFiles.pdf(1, CV));
        long id = read.getJsonNumber("id").longValue();
        String intruder = Api.newUserToken("import-intruder");
        try (Response response = get("/imports/" + id, intruder)) {
            assertNull(assertProblem(response, 404).get("proposals"));
        }
        try (Response response = post("/imports/" + id + "/confirm", intruder, "{\"accept\":[{\"index\":0}]}")) {
            assertProblem(response, 404);
        }
        assertEquals(0, artifactCount(intruder));
    }

    private static void refused(Response response, int status, String reason) {
        try (response) {
            String detail = assertProblem(response, status).getString("detail");
            assertTrue(detail.toLowerCase().contains(reason), detail);
        }
    }
}
