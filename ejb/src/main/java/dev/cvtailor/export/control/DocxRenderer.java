package dev.cvtailor.export.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import dev.cvtailor.generation.control.CvPlainText;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Entry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders a CV to DOCX with Apache POI: plain paragraphs in reading order with standard headings, which
 * applicant-tracking systems parse reliably (no text boxes, tables or images).
 */
@ApplicationScoped
public class DocxRenderer {

    private static final String FONT = "Calibri";

    public byte[] render(CvContent cv) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle("Curriculum vitae of " + cv.header().name());
            doc.getProperties().getCoreProperties().setCreator(cv.header().name());
            text(doc, cv.header().name(), 20, true);
            String contact = String.join(" | ", Stream.of(cv.header().email(), cv.header().phone(), cv.header().location())
                    .filter(s -> s != null && !s.isBlank()).toList());
            if (!contact.isEmpty()) {
                text(doc, contact, 10, false);
            }
            cv.header().links().forEach(link -> text(doc, link, 10, false));
            if (cv.summary() != null && !cv.summary().isBlank()) {
                heading(doc, "Summary");
                text(doc, cv.summary(), 10, false);
            }
            if (!cv.skills().isEmpty()) {
                heading(doc, "Skills");
                text(doc, String.join(", ", cv.skills().stream().map(CvContent.Skill::name).toList()), 10, false);
            }
            section(doc, "Experience", cv.experience());
            section(doc, "Projects", cv.projects());
            section(doc, "Education", cv.education());
            section(doc, "Certifications", cv.certifications());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The DOCX could not be written", e);
        }
    }

    /** A cover letter: the sender, the recipient, the salutation, the paragraphs and the closing, in order. */
    public byte[] render(CoverLetterContent letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle("Cover letter of " + letter.header().name());
            doc.getProperties().getCoreProperties().setCreator(letter.header().name());
            text(doc, letter.header().name(), 14, true);
            Stream.of(letter.header().email(), letter.header().phone(), letter.header().location())
                    .filter(s -> s != null && !s.isBlank()).forEach(s -> text(doc, s, 10, false));
            if (letter.recipient() != null && letter.recipient().company() != null) {
                text(doc, letter.recipient().company(), 10, false);
            }
            if (letter.recipient() != null && letter.recipient().role() != null) {
                text(doc, "Re: " + letter.recipient().role(), 10, false);
            }
            text(doc, "Dear Hiring Manager,", 10, false);
            letter.paragraphs().forEach(p -> text(doc, p.text(), 10, false));
            for (String line : letter.closing().split("\\R")) {
                text(doc, line, 10, false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The DOCX could not be written", e);
        }
    }

    private static void section(XWPFDocument doc, String title, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        heading(doc, title);
        for (Entry entry : entries) {
            XWPFParagraph line = doc.createParagraph();
            line.setSpacingBefore(120);
            run(line, entry.title(), 10, true);
            StringBuilder rest = new StringBuilder();
            if (entry.organisation() != null && !entry.organisation().isBlank()) {
                rest.append(", ").append(entry.organisation());
            }
            String dates = CvPlainText.dates(entry.startedOn(), entry.endedOn());
            if (!dates.isEmpty()) {
                rest.append(" (").append(dates).append(')');
            }
            run(line, rest.toString(), 10, false);
            for (CvContent.Bullet bullet : entry.bullets()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(360);
                p.setIndentationHanging(240);
                run(p, "- " + bullet.text(), 10, false);
            }
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, text, 12, true);
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold) {
        run(doc.createParagraph(), text, size, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
