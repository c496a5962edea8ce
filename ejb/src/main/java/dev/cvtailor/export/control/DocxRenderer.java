package dev.cvtailor.export.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import dev.cvtailor.export.entity.Letterhead;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvSection;
import dev.cvtailor.generation.entity.CvContent.Entry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders a CV or a cover letter to DOCX with Apache POI the way applicant-tracking systems parse best: paragraphs
 * in reading order, section headings in the built-in "Heading 1" style (entries in "Heading 2"), bullets as a
 * real bulleted list, links as hyperlinks, title, author, subject and keywords in the document properties; no
 * tables, text boxes, columns or images.
 */
@ApplicationScoped
public class DocxRenderer {

    private static final String FONT = "Calibri";

    /** The CV, each bullet followed by links to the evidence {@code evidenceUrls} knows for it. */
    public byte[] render(CvContent cv, Map<Long, String> evidenceUrls) {
        return render(cv, evidenceUrls, Optional.empty());
    }

    /** Between the contact details on their one line: spaced, so that no parser reads two of them as one. */
    private static final String CONTACT_SEPARATOR = "  |  ";

    /** The CV with the organisation's logo in the page header, when there is one. */
    public byte[] render(CvContent cv, Map<Long, String> evidenceUrls, Optional<Letterhead> letterhead) {
        return write(letterhead, doc -> {
            properties(doc, "Curriculum vitae of " + cv.header().name(), cv.header().name(), "Curriculum vitae",
                    cv.skills().stream().map(CvContent.Skill::name).collect(Collectors.joining(", ")));
            header(doc, cv.header());
            if (cv.summary() != null && !cv.summary().isBlank()) {
                heading(doc, "Summary", 1);
                text(doc, cv.summary());
            }
            if (!cv.skills().isEmpty()) {
                heading(doc, "Skills", 1);
                text(doc, String.join(", ", cv.skills().stream().map(CvContent.Skill::name).toList()));
            }
            BigInteger bullets = bulletList(doc);
            for (CvSection section : CvSection.values()) {
                section(doc, section, section.entriesOf(cv), bullets, evidenceUrls);
            }
        });
    }

    /** A cover letter: the sender, the recipient, the salutation, the paragraphs and the closing, in order. */
    public byte[] render(CoverLetterContent letter) {
        return render(letter, Optional.empty());
    }

    public byte[] render(CoverLetterContent letter, Optional<Letterhead> letterhead) {
        return write(letterhead, doc -> {
            String role = letter.recipient() == null ? null : letter.recipient().role();
            String company = letter.recipient() == null ? null : letter.recipient().company();
            properties(doc, "Cover letter of " + letter.header().name(), letter.header().name(),
                    "Cover letter" + (role == null ? "" : " for the " + role + " role")
                            + (company == null ? "" : " at " + company), "");
            header(doc, letter.header());
            Stream.of(company, role == null ? null : "Re: " + role).filter(s -> s != null && !s.isBlank())
                    .forEach(s -> text(doc, s));
            text(doc, letter.salutation());
            letter.paragraphs().forEach(p -> text(doc, p.text()));
            for (String line : letter.closing().split("\\R")) {
                text(doc, line);
            }
        });
    }

    private interface Content {
        void write(XWPFDocument doc);
    }

    private static byte[] write(Optional<Letterhead> letterhead, Content content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            if (letterhead.isPresent()) {
                letterhead(doc, letterhead.get());
            }
            content.write(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The DOCX could not be written", e);
        }
    }

    /** The logo in the page header only, as a picture whose description is its alt text; the body stays text. */
    private static void letterhead(XWPFDocument doc, Letterhead letterhead) throws IOException {
        byte[] png = LetterheadImage.png(letterhead);
        int[] size = LetterheadImage.sizePoints(png);
        XWPFRun run = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun();
        try {
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "logo.png",
                    Units.toEMU(size[0]), Units.toEMU(size[1]));
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(letterhead.altText());
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(letterhead.altText());
        } catch (InvalidFormatException e) {
            throw new IOException("The logo is not a picture Word takes", e);
        }
    }

    private static void properties(XWPFDocument doc, String title, String author, String subject, String keywords) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setSubjectProperty(subject);
        core.setKeywords(keywords);
    }

    private static void header(XWPFDocument doc, CvContent.Header header) {
        XWPFParagraph name = doc.createParagraph();
        name.setStyle("Title");
        run(name, header.name(), 20, true);
        List<String> contact = Stream.of(header.email(), header.phone(), header.location())
                .filter(s -> s != null && !s.isBlank()).toList();
        if (contact.isEmpty() && header.links().isEmpty()) {
            return;
        }
        XWPFParagraph line = doc.createParagraph();
        run(line, String.join(CONTACT_SEPARATOR, contact), 10, false);
        boolean first = contact.isEmpty();
        for (String link : header.links()) {
            run(line, first ? "" : CONTACT_SEPARATOR, 10, false);
            link(line, link, link);
            first = false;
        }
    }

    /** The built-in heading styles, defined so that Word and parsers know them by their names. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("Title", "Title", 0, 40));
        styles.addStyle(style("Heading1", "heading 1", 0, 26));
        styles.addStyle(style("Heading2", "heading 2", 1, 21));
    }

    private static XWPFStyle style(String id, String name, int outline, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        var font = style.addNewRPr();
        font.addNewB();
        font.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style);
    }

    /** One bulleted list definition, used by every entry's bullets. */
    private static BigInteger bulletList(XWPFDocument doc) {
        CTAbstractNum bullets = CTAbstractNum.Factory.newInstance();
        bullets.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = bullets.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewStart().setVal(BigInteger.ONE);
        var indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(360));
        indent.setHanging(BigInteger.valueOf(240));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullets));
        return numbering.addNum(abstractId);
    }

    /** Each entry as parsers read it: its title as a heading of its own, then the organisation, then the dates. */
    private static void section(XWPFDocument doc, CvSection section, List<Entry> entries, BigInteger bullets,
            Map<Long, String> evidenceUrls) {
        if (entries.isEmpty()) {
            return;
        }
        heading(doc, section.heading, 1);
        for (Entry entry : entries) {
            heading(doc, entry.title(), 2);
            if (entry.organisation() != null && !entry.organisation().isBlank()) {
                text(doc, entry.organisation());
            }
            String dates = section.dates(entry.startedOn(), entry.endedOn());
            if (!dates.isEmpty()) {
                text(doc, dates);
            }
            for (CvContent.Bullet bullet : entry.bullets()) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(bullets);
                run(p, bullet.text(), 10, false);
                bullet.evidenceLinkIds().stream().map(evidenceUrls::get).filter(url -> url != null).forEach(url -> {
                    run(p, " ", 10, false);
                    link(p, "[evidence]", url);
                });
            }
        }
    }

    private static void heading(XWPFDocument doc, String text, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.setSpacingBefore(level == 1 ? 240 : 120);
        run(p, text, level == 1 ? 13 : 10, true);
    }

    private static void text(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, 10, false);
    }

    private static void link(XWPFParagraph paragraph, String text, String url) {
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(url);
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(10);
        run.setColor("1A4D8F");
        run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
