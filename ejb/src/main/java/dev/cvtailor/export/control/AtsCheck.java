package dev.cvtailor.export.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import dev.cvtailor.export.entity.ExportFormat;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;

/**
 * The parse-back self-check of an export: the file is read back in process (PDFBox for PDF, Apache POI for DOCX),
 * in its stored order as a parser that reads the content stream sees it, and {@link FieldCheck} looks for every
 * field where a field-level résumé parser expects it. A finding names the field and what is wrong with it. The
 * tests run the same field check on the text of other, independent engines (poppler, pdf.js, MuPDF).
 */
public final class AtsCheck {

    /** What the check found: passed when every field was found where it belongs. */
    public record Result(boolean passed, String reader, List<String> findings) {

        public Result {
            findings = List.copyOf(findings);
        }
    }

    private AtsCheck() {
    }

    public static Result of(byte[] file, ExportFormat format, CvContent cv) {
        return check(file, format, text -> FieldCheck.of(text, cv));
    }

    public static Result of(byte[] file, ExportFormat format, CoverLetterContent letter) {
        return check(file, format, text -> FieldCheck.of(text, letter));
    }

    private static Result check(byte[] file, ExportFormat format, Function<String, List<String>> fieldCheck) {
        String reader = format == ExportFormat.PDF ? "PDFBox" : "Apache POI";
        List<String> findings = new ArrayList<>();
        try {
            fieldCheck.apply(format == ExportFormat.PDF ? pdfText(file) : docxText(file))
                    .forEach(finding -> findings.add(reader + ": " + finding));
        } catch (IOException | RuntimeException e) {
            findings.add(reader + ": the file could not be read back: " + e.getMessage());
        }
        return new Result(findings.isEmpty(), reader, findings);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false); // as stored: what a parser that reads the stream sees
            return stripper.getText(document);
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
