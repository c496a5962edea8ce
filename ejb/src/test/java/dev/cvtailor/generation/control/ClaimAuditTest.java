package dev.cvtailor.generation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cvtailor.export.control.CvXml;
import dev.cvtailor.export.control.DocxRenderer;
import dev.cvtailor.export.control.PdfRenderer;
import dev.cvtailor.generation.control.ClaimAudit.Finding;
import dev.cvtailor.generation.control.ClaimAudit.Kind;
import dev.cvtailor.generation.control.ClaimAudit.OwnArtifact;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.CvContent.Skill;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The evaluation's audit can fail: documents that lie about the backend-engineer persona in each way it checks,
 * exported by the production renderers and read back from the files, are caught; the same documents told true are
 * not. Needs no shared data.
 */
class ClaimAuditTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final ClaimAudit.Person CANDIDATE = new ClaimAudit.Person("Robin Example", "robin@example.com",
            "+44 1632 960123", "York", List.of("https://robin.example.com"));
    static final ClaimAudit.PostingNames POSTING = new ClaimAudit.PostingNames("Platform Engineer", "Globex",
            List.of("payments"));

    static ClaimAudit audit;
    static PdfRenderer pdf;
    static final DocxRenderer DOCX = new DocxRenderer();

    @BeforeAll
    static void persona() throws IOException {
        Map<String, List<OwnArtifact>> personas = new java.util.LinkedHashMap<>();
        List<String> neverClaim = new ArrayList<>();
        Set<String> lexicon = new LinkedHashSet<>(List.of("Haskell", "Kubernetes"));
        for (String name : GenerationEvaluationTest.PERSONAS) {
            try (InputStream in = ClaimAuditTest.class.getResourceAsStream("/personas/" + name + ".json")) {
                JsonObject json = Json.createReader(in).readObject();
                List<OwnArtifact> own = new ArrayList<>();
                int id = 1;
                for (JsonObject a : json.getJsonArray("artifacts").getValuesAs(JsonObject.class)) {
                    own.add(OwnArtifact.of(a, "https://evidence.example/" + name + "/" + id++));
                    lexicon.addAll(own.get(own.size() - 1).skills());
                }
                personas.put(name, own);
                if (name.equals("backend-engineer")) {
                    json.getJsonArray("neverClaim").getValuesAs(jakarta.json.JsonString.class)
                            .forEach(s -> neverClaim.add(s.getString()));
                }
            }
        }
        audit = new ClaimAudit(personas.get("backend-engineer"), neverClaim, CANDIDATE, TODAY,
                new ClaimAudit.Lexicon(lexicon), personas.entrySet().stream()
                        .filter(e -> !e.getKey().equals("backend-engineer"))
                        .flatMap(e -> e.getValue().stream()).toList());
        pdf = new PdfRenderer();
        pdf.init();
    }

    static CvContent.Header header() {
        return new CvContent.Header(CANDIDATE.name(), CANDIDATE.email(), CANDIDATE.phone(), CANDIDATE.location(),
                CANDIDATE.links());
    }

    /** A CV of the backend engineer, true or with one lie of each kind. */
    static CvContent cv(boolean lying) {
        List<Skill> skills = new ArrayList<>(List.of(new Skill("Java", null), new Skill("Apache Kafka", null),
                new Skill("AWS", null)));
        if (lying) {
            skills.add(new Skill("Kubernetes", null));
            skills.add(new Skill("Haskell", null));
            skills.add(new Skill("Event sourcing", null));
        }
        String summary = lying ? "Staff Engineer with 15 years of experience in Java. Applying for the Platform"
                + " Engineer role at Globex."
                : "Senior Backend Engineer with 10 years of experience in Java. Applying for the Platform Engineer"
                        + " role at Globex.";
        List<Bullet> acme = List.of(new Bullet(lying ? "Built the settlement service in Java, cutting nightly batch"
                + " time by 70%." : "Built the settlement service in Java, cutting nightly batch time by 40%.", 1,
                List.of(1001L)), new Bullet("Designed REST APIs used by 12 internal teams.", 1,
                        List.of(lying ? 1002L : 1001L)));
        return CvContent.of(header(), summary, skills,
                List.of(new Entry(1L, "Senior Backend Engineer — Payments platform", lying ? "Hooli" : "Acme Bank",
                        LocalDate.of(2020, 2, 1), null, acme),
                        new Entry(2L, lying ? "Principal Engineer — Billing" : "Software Engineer — Billing",
                                "Initech", LocalDate.of(2016, 6, 1), LocalDate.of(2020, 1, 31), List.of()),
                        new Entry(3L, "Fraud scoring stream", "Acme Bank", LocalDate.of(lying ? 2015 : 2022,
                                3, 1), null, List.of())),
                List.of(), List.of(), List.of());
    }

    static Map<Long, String> links(boolean lying) {
        return Map.of(1001L, lying ? "https://attacker.example/fake" : "https://evidence.example/backend-engineer/1",
                1002L, "https://evidence.example/backend-engineer/2");
    }

    static CoverLetterContent letter(boolean lying) {
        String story = lying ? "As a Senior Backend Engineer at Globex Retail, I built the settlement service in"
                + " Java and Go. Evidence: https://evidence.example/backend-engineer/2."
                : "As a Senior Backend Engineer at Acme Bank, I built the settlement service in Java and Spring"
                        + " Boot on PostgreSQL, cutting nightly batch time by 40%. Evidence:"
                        + " https://evidence.example/backend-engineer/1.";
        return new CoverLetterContent(header(), new CoverLetterContent.Recipient("Globex", "Platform Engineer", null),
                List.of(new CoverLetterContent.Paragraph("I am writing to apply for the Platform Engineer role at"
                        + " Globex.", List.of()), new CoverLetterContent.Paragraph(story, List.of(1L)),
                        new CoverLetterContent.Paragraph("What draws me to Globex is its work in payments.",
                                List.of())),
                "Kind regards,\n" + CANDIDATE.name());
    }

    static Map<Kind, List<String>> findings(String format, boolean lying) {
        List<ExportedText> files = format.equals("PDF")
                ? List.of(ExportedText.pdf(pdf.render(CvXml.of(cv(lying), links(lying)), "modern")),
                        ExportedText.pdf(pdf.render(CvXml.of(letter(lying)), "compact")))
                : List.of(ExportedText.docx(DOCX.render(cv(lying), links(lying))),
                        ExportedText.docx(DOCX.render(letter(lying))));
        return files.stream().flatMap(file -> audit.audit(file, POSTING, List.of("Apache Kafka")).stream())
                .collect(Collectors.groupingBy(Finding::kind, Collectors.mapping(Finding::what, Collectors.toList())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PDF", "DOCX"})
    void aTrueDocumentPasses(String format) {
        assertEquals(Map.of(), findings(format, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PDF", "DOCX"})
    void everyKindOfLieIsCaughtInTheExportedFile(String format) {
        Map<Kind, List<String>> found = findings(format, true);
        Function<Kind, String> of = kind -> String.join("; ", found.getOrDefault(kind, List.of()));
        assertTrue(of.apply(Kind.SKILL).contains("Haskell") && of.apply(Kind.SKILL).contains("Event sourcing"),
                () -> "skills: " + found);
        assertTrue(of.apply(Kind.NEVER_CLAIM).contains("Kubernetes") && of.apply(Kind.NEVER_CLAIM).contains("Go"),
                () -> "never-claim: " + found);
        assertTrue(of.apply(Kind.NUMBER).contains("70%") && of.apply(Kind.NUMBER).contains("15"),
                () -> "numbers: " + found);
        assertTrue(of.apply(Kind.DATE).contains("2015-03"), () -> "dates: " + found);
        assertTrue(of.apply(Kind.EMPLOYER).contains("Hooli") && of.apply(Kind.EMPLOYER).contains("Globex Retail"),
                () -> "employers: " + found);
        assertTrue(of.apply(Kind.JOB_TITLE).contains("Staff Engineer")
                && of.apply(Kind.JOB_TITLE).contains("another title"), () -> "job titles: " + found);
        assertTrue(of.apply(Kind.LINK).contains("https://attacker.example/fake"), () -> "links: " + found);
        if (format.equals("DOCX")) {
            assertTrue(of.apply(Kind.LINK).contains("does not say"), () -> "evidence of another artifact: " + found);
        }
    }
}
