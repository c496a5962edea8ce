package dev.cvtailor.organisations.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import dev.cvtailor.organisations.entity.Logo;
import dev.cvtailor.platform.boundary.ApplicationProblem;

/**
 * Makes an uploaded logo safe to show in every member's browser and document. A PNG is decoded and encoded again,
 * which drops every chunk but the pixels. An SVG is parsed without DTDs or entities, and keeps only drawing
 * elements and their presentation attributes: no script, no event handler, no foreign content, no reference to
 * anything outside the file.
 */
public final class LogoSanitiser {

    public static final int MAX_BYTES = 200 * 1024;
    private static final int MAX_PIXELS = 4096;

    private static final Set<String> SVG_ELEMENTS = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "defs", "lineargradient", "radialgradient", "stop", "clippath",
            "mask", "title", "desc", "use", "symbol", "pattern");
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private LogoSanitiser() {
    }

    public static Logo sanitise(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The logo file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApplicationProblem(ApplicationProblem.Kind.PAYLOAD_TOO_LARGE,
                    "The logo may be at most 200 KB; this one has " + bytes.length / 1024 + " KB");
        }
        if (isPng(bytes)) {
            return new Logo(png(bytes), Logo.PNG);
        }
        return new Logo(svg(bytes), Logo.SVG);
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static byte[] png(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() > MAX_PIXELS || image.getHeight() > MAX_PIXELS) {
                throw unprocessable("The PNG could not be read, or is larger than " + MAX_PIXELS + " pixels a side");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw unprocessable("The PNG could not be read: " + e.getMessage());
        }
    }

    private static byte[] svg(byte[] bytes) {
        Document document = parse(bytes);
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            throw unprocessable("The logo must be a PNG or an SVG image");
        }
        clean(root);
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("Writing a parsed SVG failed", e);
        }
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw unprocessable("The logo must be a PNG or an SVG image (" + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }

    private static void clean(Element element) {
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element nested = (Element) child;
                    String name = nested.getLocalName() == null ? "" : nested.getLocalName().toLowerCase(Locale.ROOT);
                    if (!SVG_NS.equals(nested.getNamespaceURI()) || !SVG_ELEMENTS.contains(name)) {
                        element.removeChild(child);
                    } else {
                        clean(nested);
                    }
                }
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (!"text".equals(element.getLocalName()) && !"tspan".equals(element.getLocalName())
                            && !"title".equals(element.getLocalName()) && !"desc".equals(element.getLocalName())) {
                        element.removeChild(child);
                    }
                }
                default -> element.removeChild(child);
            }
        }
        cleanAttributes(element);
    }

    private static void cleanAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> unsafe = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = (attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
                    .toLowerCase(Locale.ROOT);
            String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
            boolean reference = name.equals("href") || name.equals("src");
            boolean namespaceDeclaration = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI());
            if (namespaceDeclaration) {
                continue;
            }
            if (name.startsWith("on") || reference && !value.startsWith("#")
                    || value.contains("url(") && !value.matches("(?s).*url\\(\\s*['\"]?#.*") || value.contains("javascript:")
                    || value.contains("expression(") || value.contains("@import")) {
                unsafe.add(attribute);
            }
        }
        unsafe.forEach(element::removeAttributeNode);
    }

    private static ApplicationProblem unprocessable(String message) {
        return new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE, message);
    }
}
