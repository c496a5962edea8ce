package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cvtailor.export.entity.ExportFormat;
import dev.cvtailor.export.entity.Letterhead;
import dev.cvtailor.generation.entity.CvContent;

/**
 * Branding in exports: the organisation's logo sits in the page header as an image with alt text, the CV's text is
 * unchanged (the name still comes first), and the parse-back check still passes, in PDF and DOCX.
 */
class LetterheadTest {

    static PdfRenderer pdf;

    @BeforeAll
    static void fop() {
        pdf = new PdfRenderer();
        pdf.init();
    }

    static Letterhead letterhead(String kind) throws IOException {
        if (kind.equals("svg")) {
            return new Letterhead(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"20\">"
                    + "<rect width=\"60\" height=\"20\" fill=\"#1a73e8\"/></svg>").getBytes(StandardCharsets.UTF_8),
                    "image/svg+xml", "Logo of Northern University Careers");
        }
        BufferedImage image = new BufferedImage(90, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 90, 30);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new Letterhead(png.toByteArray(), "image/png", "Logo of Northern University Careers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg"})
    void thePdfCarriesTheLogoInItsHeaderWithAltTextAndStillReadsBack(String kind) throws IOException {
        CvContent cv = RenderersTest.cv("Zoë Łukasiewicz-Ørsted", 3);
        for (String template : PdfRenderer.TEMPLATES) {
            byte[] file = pdf.render(CvXml.withLetterhead(CvXml.of(cv, Map.of()), letterhead(kind)), template);
            AtsCheck.Result check = AtsCheck.of(file, ExportFormat.PDF, cv);
            assertTrue(check.passed(), template + ": " + check.findings());
            assertTrue(AtsCheck.pdfText(file).strip().startsWith("Zoë Łukasiewicz-Ørsted"), "the name stays first");
            try (PDDocument document = Loader.loadPDF(file)) {
                PDPage first = document.getPage(0);
                boolean drawn = kind.equals("svg") || hasImage(first);
                assertTrue(drawn, "the PNG is an image on the first page");
                List<String> alt = new java.util.ArrayList<>();
                collectAlt(document.getDocumentCatalog().getStructureTreeRoot(), alt);
                assertTrue(alt.contains("Logo of Northern University Careers"), template + " alt texts " + alt);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg"})
    void theDocxCarriesTheLogoInItsPageHeaderOnly(String kind) throws IOException {
        CvContent cv = RenderersTest.cv("Анна Кузнецова", 3);
        byte[] file = new DocxRenderer().render(cv, Map.of(), Optional.of(letterhead(kind)));
        AtsCheck.Result check = AtsCheck.of(file, ExportFormat.DOCX, cv);
        assertTrue(check.passed(), check.findings().toString());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<XWPFPicture> pictures = document.getHeaderList().get(0).getParagraphs().get(0).getRuns().get(0)
                    .getEmbeddedPictures();
            assertEquals(1, pictures.size());
            assertEquals("Logo of Northern University Careers", pictures.get(0).getDescription());
            assertTrue(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .allMatch(run -> run.getEmbeddedPictures().isEmpty()), "no picture in the body");
            assertEquals("Анна Кузнецова", document.getParagraphs().get(0).getText());
        }
    }

    private static boolean hasImage(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }

    private static void collectAlt(PDStructureNode node, List<String> alt) {
        if (node == null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getAlternateDescription() != null) {
                    alt.add(element.getAlternateDescription());
                }
                collectAlt(element, alt);
            }
        }
    }
}
