package dev.cvtailor.export.control;

import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.cvtailor.generation.control.CvPlainText;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Entry;

/** The CV as a small XML document: the input of the XSL-FO templates. */
public final class CvXml {

    private CvXml() {
    }

    public static Document of(CvContent cv) {
        Document doc = newDocument();
        Element root = doc.createElement("cv");
        doc.appendChild(root);
        Element header = child(root, "header", null);
        child(header, "name", cv.header().name());
        child(header, "email", orEmpty(cv.header().email()));
        child(header, "phone", orEmpty(cv.header().phone()));
        child(header, "location", orEmpty(cv.header().location()));
        cv.header().links().forEach(link -> child(header, "link", link));
        child(root, "summary", orEmpty(cv.summary()));
        Element skills = child(root, "skills", null);
        cv.skills().forEach(skill -> child(skills, "skill", skill.name()));
        section(root, "Experience", cv.experience());
        section(root, "Projects", cv.projects());
        section(root, "Education", cv.education());
        section(root, "Certifications", cv.certifications());
        return doc;
    }

    private static void section(Element root, String title, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Element section = child(root, "section", null);
        section.setAttribute("title", title);
        for (Entry entry : entries) {
            Element e = child(section, "entry", null);
            child(e, "title", entry.title());
            child(e, "organisation", orEmpty(entry.organisation()));
            child(e, "dates", CvPlainText.dates(entry.startedOn(), entry.endedOn()));
            entry.bullets().forEach(b -> child(e, "bullet", b.text()));
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
