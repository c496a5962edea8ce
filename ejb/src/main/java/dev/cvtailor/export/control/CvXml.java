package dev.cvtailor.export.control;

import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.cvtailor.export.entity.Letterhead;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvSection;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;

/**
 * A CV or a cover letter as a small XML document: the input of the XSL-FO templates. User text goes in as text
 * nodes, so markup in it ({@code <fo:block>}, {@code &}, {@code ]]>}) prints literally.
 */
public final class CvXml {

    private CvXml() {
    }

    /** The CV, each bullet with the addresses of its evidence links that {@code evidenceUrls} knows. */
    public static Document of(CvContent cv, Map<Long, String> evidenceUrls) {
        Document doc = newDocument();
        Element root = root(doc, "Curriculum vitae of " + cv.header().name(), "Curriculum vitae");
        header(root, cv.header());
        child(root, "summary", orEmpty(cv.summary()));
        Element skills = child(root, "skills", null);
        cv.skills().forEach(skill -> child(skills, "skill", skill.name()));
        for (CvSection section : CvSection.values()) {
            section(root, section, evidenceUrls, section.entriesOf(cv));
        }
        return doc;
    }

    public static Document of(CoverLetterContent letter) {
        Document doc = newDocument();
        String role = letter.recipient() == null ? null : letter.recipient().role();
        String company = letter.recipient() == null ? null : letter.recipient().company();
        Element root = root(doc, "Cover letter of " + letter.header().name(), "Cover letter"
                + (role == null ? "" : " for the " + role + " role") + (company == null ? "" : " at " + company));
        header(root, letter.header());
        Element recipient = child(root, "recipient", null);
        child(recipient, "company", orEmpty(company));
        child(recipient, "role", orEmpty(role));
        child(root, "salutation", letter.salutation());
        Element paragraphs = child(root, "paragraphs", null);
        letter.paragraphs().forEach(p -> child(paragraphs, "paragraph", p.text()));
        child(root, "closing", orEmpty(letter.closing()));
        return doc;
    }

    /** Puts the organisation's logo in the document's header (the templates draw it above the name). */
    public static Document withLetterhead(Document doc, Letterhead letterhead) {
        Element logo = doc.createElement("logo");
        logo.setAttribute("src", LetterheadImage.dataUri(letterhead));
        logo.setAttribute("alt", letterhead.altText());
        Element root = doc.getDocumentElement();
        root.insertBefore(logo, root.getFirstChild());
        return doc;
    }

    private static Element root(Document doc, String title, String subject) {
        Element root = doc.createElement("cv");
        root.setAttribute("title", title);
        root.setAttribute("subject", subject);
        doc.appendChild(root);
        return root;
    }

    private static void header(Element root, CvContent.Header from) {
        Element header = child(root, "header", null);
        child(header, "name", from.name());
        child(header, "email", orEmpty(from.email()));
        child(header, "phone", orEmpty(from.phone()));
        child(header, "location", orEmpty(from.location()));
        from.links().forEach(link -> child(header, "link", link));
    }

    private static void section(Element root, CvSection of, Map<Long, String> evidenceUrls, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Element section = child(root, "section", null);
        section.setAttribute("title", of.heading);
        for (Entry entry : entries) {
            Element e = child(section, "entry", null);
            child(e, "title", entry.title());
            child(e, "organisation", orEmpty(entry.organisation()));
            child(e, "dates", of.dates(entry.startedOn(), entry.endedOn()));
            for (Bullet b : entry.bullets()) {
                Element bullet = child(e, "bullet", null);
                child(bullet, "text", b.text());
                b.evidenceLinkIds().stream().map(evidenceUrls::get).filter(url -> url != null)
                        .forEach(url -> child(bullet, "evidence", url));
            }
        }
    }

    /** A container element when {@code text} is null; a text element, left out when the text is blank. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Element child(Element parent, String name, String text) {
        Element element = parent.getOwnerDocument().createElement(name);
        if (text != null) {
            if (text.isBlank()) {
                return element;
            }
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser is not usable", e);
        }
    }
}
