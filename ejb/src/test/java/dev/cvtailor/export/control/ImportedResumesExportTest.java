package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cvtailor.artifacts.control.FreshResume;
import dev.cvtailor.artifacts.control.JsonResume;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.export.entity.ExportFormat;
import dev.cvtailor.generation.control.ClaimVerifier;
import dev.cvtailor.generation.control.TemplateCoverLetterGenerator;
import dev.cvtailor.generation.control.TemplateCvGenerator;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.Candidate;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.PostingBrief;
import dev.cvtailor.generation.entity.SourceArtifact;
import dev.cvtailor.generation.entity.Tone;
import dev.cvtailor.platform.SharedData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Résumés the team did not write (../shared/data/resume_samples: JSON Resume and FRESH, see its SOURCE.md), each
 * imported as a user would, turned into a two-page CV for the JSON Resume sample posting and exported in every
 * template: each engine of {@link PdfTextEngines} (and POI for the DOCX) must recover every field of the CV.
 */
class ImportedResumesExportTest {

    private static final PdfRenderer PDF = new PdfRenderer();
    private static final DocxRenderer DOCX = new DocxRenderer();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    static Path folder;

    @BeforeAll
    static void renderer() {
        PDF.init();
    }

    static List<String> resumes() throws IOException {
        Path samples = SharedData.require("resume_samples");
        List<String> names = new ArrayList<>();
        names.add("jsonresume/sample.resume.json");
        try (Stream<Path> files = Files.list(samples.resolve("fresh_test_resumes"))) {
            files.map(file -> "fresh_test_resumes/" + file.getFileName()).filter(name -> name.endsWith(".json"))
                    .sorted().forEach(names::add);
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resumes")
    void everyEngineRecoversEveryFieldOfTheCvMadeFromAnImportedResume(String name) throws Exception {
        JsonObject document = read(SharedData.require("resume_samples/" + name));
        JsonObject resume = FreshResume.is(document) ? FreshResume.toJsonResume(document) : document;
        List<String> skills = JsonResume.skills(resume);
        List<SourceArtifact> sources = new ArrayList<>();
        long id = 1;
        for (ArtifactDraft draft : JsonResume.drafts(resume).values()) {
            ArtifactDraft placed = draft.withSkillsItShows(skills);
            sources.add(new SourceArtifact(id, placed.kind(), placed.title(), placed.role(), placed.organisation(),
                    placed.startedOn(), placed.endedOn(), placed.summary(), placed.description(), null,
                    placed.skills(), List.of(), List.of(), (int) (100 - id), 1));
            id++;
        }
        assertTrue(sources.size() >= 1, name + " imports nothing");
        JsonObject job = read(SharedData.require("resume_samples/jsonresume/sample.job.json"));
        Set<String> vocabulary = new LinkedHashSet<>(skills);
        List<BackedKeyword> keywords = new ArrayList<>();
        for (JsonValue group : job.getJsonArray("skills")) {
            for (JsonValue keyword : group.asJsonObject().getJsonArray("keywords")) {
                String skill = ((JsonString) keyword).getString();
                vocabulary.add(skill);
                keywords.add(new BackedKeyword(skill, skill, true, sources.stream()
                        .filter(s -> says(String.join(" ", s.skills()) + " " + s.description(), skill))
                        .map(SourceArtifact::id).toList()));
            }
        }
        GenerationInput input = new GenerationInput(new PostingBrief(job.getString("title"),
                job.getString("company"), job.getString("description"), List.of(), List.of(), null), sources, keywords,
                candidate(resume.getJsonObject("basics")), Tone.PROFESSIONAL, Length.TWO_PAGES);
        CvContent cv = new ClaimVerifier(input, text -> {
            Set<String> found = new LinkedHashSet<>();
            vocabulary.stream().filter(skill -> says(text, skill)).forEach(found::add);
            return found;
        }, TODAY).verify(new TemplateCvGenerator().generate(input, TODAY)).content();

        List<String> findings = new ArrayList<>();
        for (String template : PdfRenderer.TEMPLATES) {
            byte[] file = PDF.render(CvXml.of(cv, Map.of()), template);
            PdfTextEngines.texts(file, folder).forEach((engine, text) -> FieldCheck.of(text, cv)
                    .forEach(finding -> findings.add(template + ", " + engine + ": " + finding)));
        }
        AtsCheck.of(DOCX.render(cv, Map.of()), ExportFormat.DOCX, cv).findings()
                .forEach(finding -> findings.add("DOCX, " + finding));
        assertEquals(List.of(), findings, name);

        // the letter for the same posting fits one page; its length is reported (the issue asks 250-400 words)
        CoverLetterContent letter = new ClaimVerifier(input, text -> {
            Set<String> found = new LinkedHashSet<>();
            vocabulary.stream().filter(skill -> says(text, skill)).forEach(found::add);
            return found;
        }, TODAY).verify(new TemplateCoverLetterGenerator().generate(input, TODAY)).content();
        String said = letter.paragraphs().stream().map(CoverLetterContent.Paragraph::text)
                .collect(java.util.stream.Collectors.joining(" "));
        long words = Stream.of(said.replaceAll("https?://\\S+", "x").split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).count();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(PDF.render(CvXml.of(letter), "classic"))) {
            System.out.printf("Letter from %s: %d words, %d page(s)%n", name, words, pdf.getNumberOfPages());
            assertEquals(1, pdf.getNumberOfPages(), name + "'s letter is longer than a page");
        }
    }

    private static Candidate candidate(JsonObject basics) {
        String location = null;
        if (basics.get("location") instanceof JsonObject place) {
            location = String.join(", ", Stream.of("city", "region", "countryCode")
                    .map(field -> place.getString(field, null)).filter(s -> s != null && !s.isBlank()).toList());
        }
        List<String> links = new ArrayList<>();
        if (basics.getString("url", null) != null && !basics.getString("url").isBlank()) {
            links.add(basics.getString("url"));
        }
        if (basics.get("profiles") instanceof JsonArray profiles) {
            profiles.stream().map(JsonValue::asJsonObject).map(p -> p.getString("url", null))
                    .filter(url -> url != null && !url.isBlank()).limit(3).forEach(links::add);
        }
        return new Candidate(basics.getString("name"), basics.getString("email", null),
                basics.getString("phone", null), location, links);
    }

    private static boolean says(String text, String skill) {
        return text != null && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(skill)
                + "(?![\\p{L}\\p{N}#+])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static JsonObject read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
