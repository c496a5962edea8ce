package dev.cvtailor.export.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's pages as PNG images (PDFBox), for previews that need no PDF viewer in the browser. */
public final class PdfPages {

    /** Sharp on a screen, small enough to send: about 110 dots per inch. */
    private static final float DPI = 110f;
    private static final int MAX_PAGES = 5;

    private PdfPages() {
    }

    public static List<byte[]> asImages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<byte[]> pages = new ArrayList<>();
            for (int page = 0; page < Math.min(MAX_PAGES, document.getNumberOfPages()); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("The rendered PDF could not be read back", e);
        }
    }
}
