package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import dev.cvtailor.generation.entity.CvContent;

class RenderersTest {

    private final CvContent cv = new CvContent(
            new CvContent.Header("Zoë Åkesson", "zoe@example.com", "+41 44 000 00 00", "Zürich",
                    List.of("https://example.com/zoe")),
            "Backend Engineer with 5 years of experience in Java.",
            List.of(new CvContent.Skill("Java", null), new CvContent.Skill("PostgreSQL", null)),
            List.of(new CvContent.Entry(1L, "Backend Engineer", "Acme", LocalDate.of(2021, 3, 1), null, List.of(
                    new CvContent.Bullet("Payments platform in Java, 40% faster settlement.", 1, List.of(11L)),
                    new CvContent.Bullet("Technologies: Java, PostgreSQL", 1, List.of())))),
            List.of(new CvContent.Entry(2L, "Zürich transit app", null, LocalDate.of(2020, 1, 1), null,
                    List.of(new CvContent.Bullet("Timetables offline in Kotlin.", 2, List.of())))),
            List.of(), List.of());

    @Test
    void rendersAPdfWhoseTextReadsInOrder() throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        renderer.init();
        byte[] pdf = renderer.render(cv, "classic");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.indexOf("Zoë Åkesson") < text.indexOf("Experience"), text);
            assertTrue(text.indexOf("Experience") < text.indexOf("Payments platform"), text);
            assertTrue(text.contains("Zürich transit app"), text);
            assertEquals("Curriculum vitae of Zoë Åkesson", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void knowsItsTemplates() {
        assertTrue(PdfRenderer.hasTemplate("classic"));
        assertTrue(!PdfRenderer.hasTemplate("../../etc/passwd") && !PdfRenderer.hasTemplate("nope"));
    }

    @Test
    void rendersADocxThatWordProcessorsOpen() throws Exception {
        byte[] docx = new DocxRenderer().render(cv);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.startsWith("Zoë Åkesson"), text);
            assertTrue(text.contains("Backend Engineer, Acme (2021-03 – present)"), text);
            assertTrue(text.contains("- Technologies: Java, PostgreSQL"), text);
        }
    }
}
