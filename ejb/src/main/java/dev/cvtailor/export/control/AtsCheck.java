package dev.cvtailor.export.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import dev.cvtailor.export.entity.ExportFormat;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Entry;

/**
 * The parse-back self-check of an export: the file is read back as applicant-tracking systems would, by two readers
 * (its text in stored order with PDFBox for PDF or POI for DOCX, and Apache Tika's own parsers), and each must yield the candidate's name, email and phone, the section
 * headings, every entry's title and organisation and every skill, in the document's order. A finding names what
 * was not found where it should be.
 */
public final class AtsCheck {

    /** What the check found: passed when both readers found everything in order; findings name the reader. */
    public record Result(boolean passed, String reader, List<String> findings) {

        public Result {
            findings = List.copyOf(findings);
        }
    }

    private AtsCheck() {
    }

    public static Result of(byte[] file, ExportFormat format, CvContent cv) {
        return check(file, format, expected(cv));
    }

    public static Result of(byte[] file, ExportFormat format, CoverLetterContent letter) {
        List<String> expected = new ArrayList<>(contact(letter.header()));
        if (letter.recipient() != null) {
            Stream.of(letter.recipient().company(), letter.recipient().role()).filter(AtsCheck::present)
                    .forEach(expected::add);
        }
        letter.paragraphs().forEach(p -> expected.add(firstWords(p.text())));
        return check(file, format, expected);
    }

    /** What a parser must recover, in order. */
    static List<String> expected(CvContent cv) {
        List<String> expected = new ArrayList<>(contact(cv.header()));
        if (present(cv.summary())) {
            expected.add("Summary");
        }
        if (!cv.skills().isEmpty()) {
            expected.add("Skills");
            cv.skills().forEach(skill -> expected.add(skill.name()));
        }
        section(expected, "Experience", cv.experience());
        section(expected, "Projects", cv.projects());
        section(expected, "Education", cv.education());
        section(expected, "Certifications", cv.certifications());
        return expected;
    }

    private static List<String> contact(CvContent.Header header) {
        return Stream.of(header.name(), header.email(), header.phone()).filter(AtsCheck::present).toList();
    }

    private static void section(List<String> expected, String heading, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        expected.add(heading);
        for (Entry entry : entries) {
            expected.add(entry.title());
            if (present(entry.organisation())) {
                expected.add(entry.organisation());
            }
        }
    }

    private static Result check(byte[] file, ExportFormat format, List<String> expected) {
        String first = format == ExportFormat.PDF ? "PDFBox" : "Apache POI";
        List<String> findings = new ArrayList<>();
        try {
            findings.addAll(findings(first, format == ExportFormat.PDF ? pdfText(file) : docxText(file), expected));
        } catch (IOException | RuntimeException e) {
            findings.add(first + ": the file could not be read back: " + e.getMessage());
        }
        try {
            findings.addAll(findings("Apache Tika", tikaText(file, format), expected));
        } catch (IOException | TikaException | SAXException | RuntimeException e) {
            findings.add("Apache Tika: the file could not be read back: " + e.getMessage());
        }
        return new Result(findings.isEmpty(), first + " and Apache Tika", findings);
    }

    private static List<String> findings(String reader, String text, List<String> expected) {
        String haystack = normalised(text);
        List<String> findings = new ArrayList<>();
        int at = 0;
        for (String item : expected) {
            String needle = normalised(item);
            int found = haystack.indexOf(needle, at);
            if (found >= 0) {
                at = found + needle.length();
            } else if (haystack.contains(needle)) {
                findings.add(reader + ": \"" + item + "\" is read out of order");
            } else {
                findings.add(reader + ": \"" + item + "\" is not in the text it reads");
            }
        }
        return findings;
    }

    /** Tika's own PDF or OOXML parser, called directly (no detection): a second, independent extraction. */
    static String tikaText(byte[] file, ExportFormat format) throws IOException, TikaException, SAXException {
        Parser parser = format == ExportFormat.PDF ? new PDFParser() : new OOXMLParser();
        BodyContentHandler text = new BodyContentHandler(-1);
        parser.parse(new ByteArrayInputStream(file), text, new Metadata(), new ParseContext());
        return text.toString();
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

    /** Case and white space do not matter to a parser's match (a heading may be set in capitals). */
    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String firstWords(String paragraph) {
        String[] words = paragraph.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(5, words.length)));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
