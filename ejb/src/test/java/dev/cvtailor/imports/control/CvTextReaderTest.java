package dev.cvtailor.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.imports.entity.ImportReading;
import dev.cvtailor.platform.SharedData;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * CVs laid out in the ways people and other tools write them. The plain-text CVs of Resume-Matcher's demo
 * (../shared/data/resume_samples/resume_matcher_demo, the text its PDF extractor gave, icon-font debris included)
 * are read against what the team read in them by eye.
 */
class CvTextReaderTest {

    private static String line(ArtifactDraft d) {
        return d.kind() + " | " + d.title() + " | " + d.organisation() + " | " + d.location() + " | " + d.startedOn()
                + " | " + d.endedOn();
    }

    private static Map<String, String> resumeMatcher() throws IOException {
        var file = SharedData.require("resume_samples/resume_matcher_demo/resumes.jsonl");
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(l -> {
            try (var reader = Json.createReader(new java.io.StringReader(l))) {
                return reader.readObject();
            }
        }).collect(Collectors.toMap(o -> o.getString("id"), (JsonObject o) -> o.getString("text")));
    }

    @Test
    void readsResumeMatchersProductManagerWithDatesFirstAndFieldsBetweenCommas() throws IOException {
        ImportReading read = CvTextReader.read(resumeMatcher().get("resume-matcher-alfred_pennyworth_pm"), true);
        List<String> positions = read.drafts().stream().filter(d -> d.kind() == ArtifactKind.POSITION)
                .map(CvTextReaderTest::line).toList();
        assertEquals(List.of(
                "POSITION | Product Manager | Google | Mountain View, CA, USA | 2017-01-01 | null",
                "POSITION | Software Development Engineer III | Amazon | Seattle, WA, USA | 2012-01-01 | 2017-01-01",
                "POSITION | Software Development Engineer II | Apple | Cupertino, CA, USA | 2007-01-01 | 2012-01-01",
                "POSITION | Software Development Engineer I | Netflix | Los Gatos, CA, USA | 2002-01-01 | 2007-01-01",
                "POSITION | Software Development Engineer I | Facebook | Menlo Park, CA, USA | 1999-01-01 | 2002-01-01"),
                positions);
        List<String> education = read.drafts().stream().filter(d -> d.kind() == ArtifactKind.EDUCATION)
                .map(d -> d.title() + " | " + d.organisation() + " | " + d.startedOn()).toList();
        assertEquals(List.of("Master of Business Administration | Stanford University | 2016-01-01",
                "Master of Science in Computer Science | Massachusetts Institute of Technology | 1997-01-01",
                "Bachelor of Science in Computer Science | University of California, Berkeley | 1994-01-01"), education);
        ArtifactDraft google = read.drafts().get(0);
        // a word TeX hyphenated at a line's end ("Devel-" / "oping") cannot be told from one broken at its own hyphen
        // ("Git-" / "based"); the hyphen is kept, which keeps every real compound whole
        assertTrue(google.description().startsWith("Leading cross-functional teams to design, develop, and launch"
                + " innovative products. Devel-oping product strategies"), google.description());
        assertEquals("alfred.pennyworth@email.com", read.candidate().email());
        assertEquals("(123) 456-7890", read.candidate().phone());
        assertEquals("Alfred Pennyworth", read.candidate().name());
        assertTrue(google.skills().contains("Product management") || google.skills().isEmpty(), google.skills()::toString);
    }

    @Test
    void readsResumeMatchersJohnDoeWithDatesAtTheEndAndGluedBullets() throws IOException {
        ImportReading read = CvTextReader.read(resumeMatcher().get("resume-matcher-john_doe"), true);
        List<String> positions = read.drafts().stream().filter(d -> d.kind() == ArtifactKind.POSITION)
                .map(CvTextReaderTest::line).toList();
        assertEquals(List.of(
                "POSITION | Full Stack Java Developer | ABC Company, Inc. | Anywhere, USA | 2018-06-01 | null",
                "POSITION | Software Developer | XYZ Solutions | Anywhere, USA | 2016-07-01 | 2018-06-01"), positions);
        ArtifactDraft abc = read.drafts().get(0);
        assertTrue(abc.description().startsWith("Developed scalable, robust, and maintainable enterprise-level"
                + " applications using Java and Spring Boot\n\nUsed Angular"), abc.description());
        assertTrue(abc.skills().contains("Docker") || abc.skills().contains("Git and GitHub")
                || !abc.skills().isEmpty(), "skills go to the entries that show them: " + abc.skills());
        List<String> certifications = read.drafts().stream().filter(d -> d.kind() == ArtifactKind.CERTIFICATION)
                .map(ArtifactDraft::title).toList();
        assertEquals(List.of(), certifications.stream().filter(t -> t.isBlank()).toList());
        assertEquals("john.doe@email.com", read.candidate().email());
    }

    @Test
    void everyResumeMatcherDemoCvYieldsDatedPositions() throws IOException {
        for (var cv : resumeMatcher().entrySet()) {
            ImportReading read = CvTextReader.read(cv.getValue(), true);
            List<ArtifactDraft> positions = read.drafts().stream().filter(d -> d.kind() == ArtifactKind.POSITION).toList();
            assertTrue(positions.size() >= 1, cv.getKey() + " gives no position");
            positions.forEach(p -> assertTrue(p.startedOn() != null && p.organisation() != null, cv.getKey() + ": " + line(p)));
        }
    }

    @Test
    void readsTitleAtCompanyWithDatesOnTheSameLineAndASpanBrokenOverTwoLines() {
        String text = """
                Maria Lindqvist
                maria@example.se · +46 70 123 45 67 · Göteborg, Sweden · linkedin.com/in/marialindqvist
                WORK EXPERIENCE
                Senior Software Engineer at Nordhavn Logistics | Mar 2021 – Present
                • Built the tracking API used by 40 carriers.
                • Cut p95 latency from 800 ms to 120 ms.
                Software Engineer, Brightwater Cloud — Copenhagen
                Sep 2016 –
                Feb 2021
                - Ran the billing migration.
                Education
                MSc Computer Science
                Chalmers University of Technology
                2014 – 2016
                Certifications
                AWS Certified Developer – Associate, Amazon Web Services, May 2022
                Languages
                Swedish, English
                """;
        ImportReading read = CvTextReader.read(text, false);
        assertEquals(List.of(
                "POSITION | Senior Software Engineer | Nordhavn Logistics | null | 2021-03-01 | null",
                "POSITION | Software Engineer | Brightwater Cloud | Copenhagen | 2016-09-01 | 2021-02-01",
                "EDUCATION | MSc Computer Science | Chalmers University of Technology | null | 2014-01-01 | 2016-01-01",
                "CERTIFICATION | AWS Certified Developer – Associate | Amazon Web Services | null | 2022-05-01 | null"),
                read.drafts().stream().map(CvTextReaderTest::line).toList());
        assertEquals("Built the tracking API used by 40 carriers.\n\nCut p95 latency from 800 ms to 120 ms.",
                read.drafts().get(0).description());
        assertEquals("Senior Software Engineer", read.drafts().get(0).role());
        assertEquals("maria@example.se", read.candidate().email());
        assertEquals("+46 70 123 45 67", read.candidate().phone());
        assertEquals("Göteborg, Sweden", read.candidate().location());
        assertEquals(List.of("linkedin.com/in/marialindqvist"), read.candidate().links());
        assertTrue(read.notImported().stream().anyMatch(n -> n.startsWith("Languages")), read.notImported()::toString);
    }

    @Test
    void aTextWithoutSectionsProposesNothingAndSaysWhy() {
        ImportReading read = CvTextReader.read("Just a letter to my landlord.\nThe heating is broken again.", true);
        assertEquals(List.of(), read.drafts());
        assertTrue(read.notImported().get(0).contains("No section heading"));
    }

    @Test
    void datesAreReadAsPeopleWriteThem() {
        assertEquals(LocalDate.of(2021, 3, 1), DateSpan.rangeIn("March 2021 - Current").orElseThrow().from());
        assertEquals(null, DateSpan.rangeIn("03/2021 to now").orElseThrow().to());
        assertEquals(LocalDate.of(2022, 7, 1), DateSpan.rangeIn("2021-03 – 2022-07").orElseThrow().to());
        assertEquals(LocalDate.of(2019, 1, 1), DateSpan.rangeIn("2017–2019").orElseThrow().to());
        assertTrue(DateSpan.rangeIn("grew revenue 2,000–3,000 units").isEmpty());
        assertTrue(DateSpan.rangeIn("2021 – 2019").isEmpty(), "an end before the start is no span");
        assertEquals(LocalDate.of(2022, 5, 1), DateSpan.singleIn("Issued May 2022").orElseThrow().from());
    }
}
