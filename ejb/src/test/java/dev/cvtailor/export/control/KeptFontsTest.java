package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The parsed fonts are kept across documents (KeptFonts): a document rendered after others with other letters still
 * embeds and shows every glyph it uses, and the fonts it embeds are subsets.
 */
class KeptFontsTest {

    @Test
    void aDocumentRenderedAfterOthersShowsEveryLetterItUses() throws IOException {
        PdfRenderer pdf = new PdfRenderer();
        pdf.init();
        String[] names = {"Ada Lovelace", "Ελένη Παπαδοπούλου", "Ада Лавлейс", "Åsa Öberg-Ærø"};
        for (int round = 0; round < 2; round++) {
            for (String name : names) {
                byte[] file = pdf.render(CvXml.of(RenderersTest.cv(name, 2), Map.of()), "classic");
                try (PDDocument document = Loader.loadPDF(file)) {
                    String text = new PDFTextStripper().getText(document);
                    assertTrue(text.contains(name), () -> name + " not in: " + text);
                    for (var fontName : document.getPage(0).getResources().getFontNames()) {
                        PDFont font = document.getPage(0).getResources().getFont(fontName);
                        assertTrue(font.isEmbedded() && font.getName().contains("+"),
                                () -> font.getName() + " is not an embedded subset");
                    }
                }
            }
        }
    }
}
