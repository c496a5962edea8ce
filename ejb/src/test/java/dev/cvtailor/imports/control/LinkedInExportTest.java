package dev.cvtailor.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.imports.entity.ImportReading;
import dev.cvtailor.platform.boundary.ApplicationProblem;

/**
 * LinkedIn's data export as a member downloads it, written by the team in LinkedIn's documented column layout:
 * columns in any order and some unknown, quoted newlines, "Mar 2021", "2021" and empty dates, files missing; and
 * archives that must be refused before they do harm.
 */
class LinkedInExportTest {

    static final long LIMIT = 100L * 1024 * 1024;

    /** A ZIP holding the given files, in order. */
    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The export the team wrote: Basic_LinkedInDataExport_12-01-2026.zip, in LinkedIn's layout. */
    static Map<String, String> export() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
                + "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                + "Maria,Lindqvist,,,,Backend engineer,\"Builds logistics software.\nLikes maps.\",Software,,"
                + "\"Göteborg, Sweden\",,[PORTFOLIO:https://maria.example.se],\n");
        files.put("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
                + "Nordhavn Logistics,Senior Software Engineer,\"Built the tracking API used by 40 carriers.\n"
                + "Cut p95 latency from 800 ms to 120 ms with PostgreSQL indexes.\",\"Göteborg, Sweden\",Mar 2021,\n"
                + "Brightwater Cloud,Software Engineer,Ran the billing migration in Java.,Copenhagen,Sep 2016,Feb 2021\n");
        // columns reordered, one LinkedIn added later, an empty end date
        files.put("Education.csv", "Degree Name,School Name,Extra Column,Start Date,End Date,Notes,Activities\n"
                + "MSc Computer Science,Chalmers University of Technology,x,2014,2016,Thesis on route planning.,\n");
        files.put("Skills.csv", "Name\nJava\nPostgreSQL\nKubernetes\n");
        files.put("Certifications.csv", "Name,Url,Authority,Started On,Finished On,License Number\n"
                + "AWS Certified Developer – Associate,https://aws.example/cert/1,Amazon Web Services,May 2022,,ABC-123\n");
        files.put("Email Addresses.csv", "Email Address,Confirmed,Primary,Updated On\n"
                + "old@example.se,Yes,No,1/1/20\nmaria@example.se,Yes,Yes,1/1/21\n");
        files.put("PhoneNumbers.csv", "Extension,Number,Type\n,+46 70 123 45 67,Mobile\n");
        files.put("Connections.csv", "Notes:\n\"When exporting your connection data, you may notice...\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,01 Jan 2020\n");
        return files;
    }

    @Test
    void readsPositionsEducationCertificationsAndContactDetailsFromTheExport() throws IOException {
        ImportReading read = LinkedInExport.read(LinkedInArchive.csvFiles(zip(export()), LIMIT));
        List<String> drafts = read.drafts().stream().map(d -> d.kind() + " | " + d.title() + " | " + d.organisation()
                + " | " + d.location() + " | " + d.startedOn() + " | " + d.endedOn()).toList();
        assertEquals(List.of(
                "POSITION | Senior Software Engineer | Nordhavn Logistics | Göteborg, Sweden | 2021-03-01 | null",
                "POSITION | Software Engineer | Brightwater Cloud | Copenhagen | 2016-09-01 | 2021-02-01",
                "EDUCATION | MSc Computer Science | Chalmers University of Technology | null | 2014-01-01 | 2016-01-01",
                "CERTIFICATION | AWS Certified Developer – Associate | Amazon Web Services | null | 2022-05-01 | null"),
                drafts);
        ArtifactDraft nordhavn = read.drafts().get(0);
        assertEquals("Built the tracking API used by 40 carriers.\nCut p95 latency from 800 ms to 120 ms with"
                + " PostgreSQL indexes.", nordhavn.description(), "a quoted newline stays inside its field");
        assertEquals(List.of("PostgreSQL"), nordhavn.skills());
        assertEquals(List.of("Java"), read.drafts().get(1).skills());
        assertEquals("https://aws.example/cert/1", read.drafts().get(3).evidenceLinks().get(0).url());
        assertEquals("Maria Lindqvist", read.candidate().name());
        assertEquals("maria@example.se", read.candidate().email(), "the primary address");
        assertEquals("+46 70 123 45 67", read.candidate().phone());
        assertEquals("Göteborg, Sweden", read.candidate().location());
        assertEquals(List.of("https://maria.example.se"), read.candidate().links());
        assertTrue(read.notImported().get(0).contains("Kubernetes"), read.notImported()::toString);
    }

    @Test
    void anExportWithOnlySomeFilesGivesWhatTheyHold() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Basic_LinkedInDataExport/Positions.csv", "Title,Company Name,Started On\nAnalyst,Globex,2019\n");
        ImportReading read = LinkedInExport.read(LinkedInArchive.csvFiles(zip(files), LIMIT));
        assertEquals(1, read.drafts().size());
        assertEquals(ArtifactKind.POSITION, read.drafts().get(0).kind());
        assertEquals("2019-01-01", read.drafts().get(0).startedOn().toString());
    }

    @Test
    void brokenQuotingRefusesTheExportNamingTheFile() throws IOException {
        Map<String, String> files = Map.of("Positions.csv",
                "Company Name,Title,Started On\n\"Nordhavn Logistics,Engineer,Mar 2021\n");
        ApplicationProblem refused = assertThrows(ApplicationProblem.class,
                () -> LinkedInExport.read(LinkedInArchive.csvFiles(zip(files), LIMIT)));
        assertEquals(422, refused.kind().status);
        assertTrue(refused.getMessage().startsWith("Positions.csv is not valid CSV"), refused.getMessage());
    }

    @Test
    void refusesWhatIsNotASafeLinkedInArchive() throws IOException {
        assertRefused("not a ZIP", "just text".getBytes(StandardCharsets.UTF_8), "not a ZIP archive");
        byte[] whole = zip(export());
        byte[] damaged = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertRefused("a damaged ZIP", damaged, "damaged");
        assertRefused("a climbing entry", zip(Map.of("../../etc/Positions.csv", "Title\nX\n")), "outside itself");
        assertRefused("no profile file", zip(Map.of("notes.txt", "hello")), "none of LinkedIn's profile files");
        // 1 MB of zeros packs into about 1 KB; with a 512 KB limit it is refused as it unpacks
        byte[] bomb = zip(Map.of("Positions.csv", "0".repeat(1024 * 1024)));
        ApplicationProblem refused = assertThrows(ApplicationProblem.class,
                () -> LinkedInArchive.csvFiles(bomb, 512 * 1024));
        assertTrue(refused.getMessage().contains("zip bomb"), refused.getMessage());
        assertTrue(bomb.length < 10_000, "the bomb is small packed: " + bomb.length);
    }

    private static void assertRefused(String what, byte[] file, String reason) {
        ApplicationProblem refused = assertThrows(ApplicationProblem.class,
                () -> LinkedInArchive.csvFiles(file, LIMIT), what);
        assertEquals(422, refused.kind().status, what);
        assertTrue(refused.getMessage().contains(reason), what + ": " + refused.getMessage());
    }
}
