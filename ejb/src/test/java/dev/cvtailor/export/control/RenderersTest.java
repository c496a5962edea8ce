package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.cvtailor.export.entity.ExportFormat;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;

/** Every template, PDF and DOCX, read back as an applicant-tracking system would. */
class RenderersTest {

    static final List<String> NAMES = List.of("Zoë Łukasiewicz-Ørsted", "Σωκράτης Παπαδόπουλος", "Анна Кузнецова");

    static PdfRenderer pdf;
    final DocxRenderer docx = new DocxRenderer();

    @BeforeAll
    static void fop() {
        pdf = new PdfRenderer();
        pdf.init();
    }

    static CvContent cv(String name, int bullets) {
        List<Bullet> many = IntStream.rangeClosed(1, bullets).mapToObj(i -> new Bullet("Shipped release " + i
                + " of the payments platform in Java, with its migration scripts, its runbook and the dashboards"
                + " that the on-call engineers read first.", 1, i == 1 ? List.of(11L) : List.of())).toList();
        return new CvContent(
                new CvContent.Header(name, "zoe@example.com", "+41 44 000 00 00", "Zürich",
                        List.of("https://example.com/zoe")),
                "Backend Engineer with 5 years of experience in Java.",
                List.of(new CvContent.Skill("Java", null), new CvContent.Skill("PostgreSQL", null),
                        new CvContent.Skill("Apache Kafka", null)),
                List.of(new Entry(1L, "Backend Engineer — Payments platform", "Acme", LocalDate.of(2021, 3, 1), null,
                        many)),
                List.of(new Entry(2L, "Zürich transit app", null, LocalDate.of(2020, 1, 1), null,
                        List.of(new Bullet("Timetables offline in Kotlin <fo:block>& ]]> stay text.", 2, List.of())))),
                List.of(), List.of(new Entry(3L, "CKA", "CNCF", LocalDate.of(2022, 5, 1), null, List.of())),
                List.of(new Entry(4L, "Idempotent payment retries", "JavaZone", LocalDate.of(2023, 9, 1), null,
                        List.of())),
                List.of(new Entry(5L, "Engineer of the year", "Acme", LocalDate.of(2024, 1, 1), null, List.of())));
    }

    static List<Object[]> templatesAndNames() {
        List<Object[]> cases = new ArrayList<>();
        for (String template : PdfRenderer.TEMPLATES) {
            for (String name : NAMES) {
                cases.add(new Object[] {template, name});
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("templatesAndNames")
    void everyTemplateReadsBackInOrder(String template, String name) throws Exception {
        CvContent content = cv(name, 3);
        byte[] file = pdf.render(CvXml.of(content, Map.of(11L, "https://github.com/zoe/payments")), template);
        AtsCheck.Result check = AtsCheck.of(file, ExportFormat.PDF, content);
        assertTrue(check.passed(), () -> template + ": " + check.findings());
        String text = AtsCheck.pdfText(file);
        assertTrue(text.contains("Timetables offline in Kotlin <fo:block>& ]]> stay text."), text);
        assertFalse(text.contains("Education"), "an empty section is left out");
        assertTrue(text.contains("Mar 2021 – Present") && text.contains("May 2022"), text);
        assertFalse(text.contains("2021-03"), "dates in words, never ISO: " + text);
        assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("publications")
                && text.toLowerCase(java.util.Locale.ROOT).contains("awards"), "sections of their own: " + text);
        try (PDDocument doc = Loader.loadPDF(file)) {
            assertEquals("Curriculum vitae of " + name, doc.getDocumentInformation().getTitle());
            assertEquals(name, doc.getDocumentInformation().getAuthor());
            assertTrue(doc.getDocumentInformation().getKeywords().contains("PostgreSQL"));
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("DejaVuSans-Bold")), fonts::toString);
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo()
                    .isMarked(), "a tagged PDF");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theDocxReadsBackInOrder(String name) {
        CvContent content = cv(name, 3);
        AtsCheck.Result check = AtsCheck.of(docx.render(content, Map.of()), ExportFormat.DOCX, content);
        assertTrue(check.passed(), check.findings()::toString);
    }

    static List<String> names() {
        return NAMES;
    }

    @Test
    void fortyBulletsRunOverPagesWithoutSplittingOne() throws Exception {
        CvContent content = cv("Zoë Åkesson", 40);
        byte[] file = pdf.render(CvXml.of(content, Map.of()), "classic");
        try (PDDocument doc = Loader.loadPDF(file)) {
            assertTrue(doc.getNumberOfPages() >= 2, "40 bullets take more than a page");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= 40; i++) {
                String bullet = "Shipped release " + i + " of";
                int pages = 0;
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(doc).replaceAll("\\s+", " ");
                    if (text.contains(bullet)) {
                        pages++;
                        assertTrue(text.contains(bullet + " the payments platform in Java, with its migration scripts,"
                                + " its runbook and the dashboards that the on-call engineers read first."),
                                () -> "bullet split across pages: " + bullet);
                    }
                }
                assertEquals(1, pages, bullet);
            }
        }
        assertTrue(AtsCheck.of(file, ExportFormat.PDF, content).passed());
    }

    @Test
    void aCoverLetterReadsBackInBothFormats() {
        CoverLetterContent letter = new CoverLetterContent(new CvContent.Header("Анна Кузнецова",
                "anna@example.com", null, "Riga", List.of()), new CoverLetterContent.Recipient("Globex",
                        "Backend Engineer", null),
                List.of(new CoverLetterContent.Paragraph("I am writing to apply for the Backend Engineer role.",
                        List.of()), new CoverLetterContent.Paragraph("As a Senior Engineer at Acme, I cut batch time"
                                + " by 40%.", List.of(1L))),
                "Kind regards,\nАнна Кузнецова");
        for (String template : PdfRenderer.TEMPLATES) {
            AtsCheck.Result check = AtsCheck.of(pdf.render(CvXml.of(letter), template), ExportFormat.PDF, letter);
            assertTrue(check.passed(), () -> template + ": " + check.findings());
        }
        AtsCheck.Result check = AtsCheck.of(docx.render(letter), ExportFormat.DOCX, letter);
        assertTrue(check.passed(), check.findings()::toString);
    }

    @Test
    void theDocxUsesHeadingStylesAListAndLinks() throws Exception {
        byte[] file = docx.render(cv("Zoë Åkesson", 3), Map.of(11L, "https://github.com/zoe/payments"));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(file))) {
            var paragraphs = doc.getParagraphs();
            assertTrue(paragraphs.stream().anyMatch(p -> "Heading1".equals(p.getStyle())
                    && p.getText().equals("Experience")));
            assertTrue(paragraphs.stream().anyMatch(p -> "Heading2".equals(p.getStyle())
                    && p.getText().equals("Backend Engineer — Payments platform")),
                    "the title is a heading of its own; the organisation and the dates follow it");
            assertEquals(4, paragraphs.stream().filter(p -> p.getNumID() != null).count(), "bullets in a list");
            assertTrue(doc.getStyles().getStyle("Heading1") != null);
            assertEquals(List.of("https://example.com/zoe", "https://github.com/zoe/payments"),
                    java.util.Arrays.stream(doc.getHyperlinks()).map(h -> h.getURL()).toList());
            assertEquals("Curriculum vitae of Zoë Åkesson", doc.getProperties().getCoreProperties().getTitle());
            assertTrue(doc.getTables().isEmpty());
        }
    }

    @Test
    void knowsItsTemplates() {
        assertTrue(PdfRenderer.hasTemplate("modern") && PdfRenderer.hasTemplate("compact"));
        assertFalse(PdfRenderer.hasTemplate("cv-common") || PdfRenderer.hasTemplate("../../etc/passwd"));
    }

    @Test
    void theCheckNamesWhatAParserCannotFind() {
        CvContent content = cv("Zoë Åkesson", 1);
        byte[] other = pdf.render(CvXml.of(cv("Somebody Else", 1), Map.of()), "classic");
        AtsCheck.Result check = AtsCheck.of(other, ExportFormat.PDF, content);
        assertFalse(check.passed());
        assertTrue(check.findings().get(0).contains("Zoë Åkesson"), check.findings()::toString);
    }
}
