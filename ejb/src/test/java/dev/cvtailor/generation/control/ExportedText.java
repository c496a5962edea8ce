package dev.cvtailor.generation.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * An exported file as a reader finds it, read with PDFBox or POI directly (never with the application's own
 * parse-back): its lines or paragraphs in order, and every link address it carries (PDF link annotations, DOCX
 * hyperlinks), each paragraph with the addresses it links to.
 */
record ExportedText(String format, List<Block> blocks, Set<String> links) {

    /** A PDF line or a DOCX paragraph (its style, when it has one) and the addresses it links to. */
    record Block(String text, String style, List<String> links) {
    }

    String text() {
        StringBuilder out = new StringBuilder();
        blocks.forEach(block -> out.append(block.text()).append('\n'));
        return out.toString();
    }

    static ExportedText pdf(byte[] file) {
        try (PDDocument document = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(document);
            List<Block> blocks = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    blocks.add(new Block(line.strip(), null, List.of()));
                }
            }
            Set<String> links = new LinkedHashSet<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            return new ExportedText("PDF", blocks, links);
        } catch (IOException e) {
            throw new UncheckedIOException("an exported PDF does not open", e);
        }
    }

    static ExportedText docx(byte[] file) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<Block> blocks = new ArrayList<>();
            Set<String> links = new LinkedHashSet<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    blocks.add(block(document, paragraph, links));
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> blocks.add(block(document, p, links)));
                        }
                    }
                }
            }
            for (XWPFHyperlink hyperlink : document.getHyperlinks()) {
                links.add(hyperlink.getURL());
            }
            blocks.removeIf(block -> block.text().isBlank() && block.links().isEmpty());
            return new ExportedText("DOCX", blocks, links);
        } catch (IOException e) {
            throw new UncheckedIOException("an exported DOCX does not open", e);
        }
    }

    private static Block block(XWPFDocument document, XWPFParagraph paragraph, Set<String> allLinks) {
        StringBuilder text = new StringBuilder();
        List<String> links = new ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            text.append(run.text());
            if (run instanceof XWPFHyperlinkRun hyperlinkRun) {
                XWPFHyperlink hyperlink = hyperlinkRun.getHyperlink(document);
                if (hyperlink != null) {
                    links.add(hyperlink.getURL());
                    allLinks.add(hyperlink.getURL());
                }
            }
        }
        return new Block(text.toString().strip(), paragraph.getStyle(), List.copyOf(links));
    }
}
