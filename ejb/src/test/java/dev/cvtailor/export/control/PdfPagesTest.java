package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The on-screen preview shows the pages the PDF prints: as many, in the page's proportions, not blank. */
class PdfPagesTest {

    static PdfRenderer pdf;

    @BeforeAll
    static void fop() {
        pdf = new PdfRenderer();
        pdf.init();
    }

    @Test
    void showsEveryPrintedPageAsAnImageOfThePage() throws Exception {
        byte[] file = pdf.render(CvXml.of(RenderersTest.cv("Ada Lovelace", 40), Map.of()), "classic");
        int printed;
        try (var parsed = Loader.loadPDF(file)) {
            printed = parsed.getNumberOfPages();
        }
        List<byte[]> pages = PdfPages.asImages(file);

        assertTrue(printed > 1, "forty bullets take more than a page");
        assertEquals(printed, pages.size());
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(pages.get(0)));
        double ratio = (double) first.getHeight() / first.getWidth();
        assertEquals(297.0 / 210.0, ratio, 0.02, "an A4 page");
        assertTrue(first.getWidth() > 800, "legible on a screen: " + first.getWidth() + " px wide");
        assertTrue(hasInk(first), "the page shows text");
    }

    private static boolean hasInk(BufferedImage page) {
        for (int y = 0; y < page.getHeight(); y += 4) {
            for (int x = 0; x < page.getWidth(); x += 4) {
                if ((page.getRGB(x, y) & 0xFFFFFF) < 0x404040) {
                    return true;
                }
            }
        }
        return false;
    }
}
