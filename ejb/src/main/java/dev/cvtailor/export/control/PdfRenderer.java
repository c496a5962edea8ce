package dev.cvtailor.export.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.util.MimeConstants;

import dev.cvtailor.generation.entity.CvContent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders a CV to PDF: the CV's XML through an XSL-FO template, then Apache FOP. The FOP factory and the
 * compiled templates are built once and shared; both are safe for concurrent use.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final String TEMPLATE_FOLDER = "/dev/cvtailor/export/templates/";

    private final Map<String, Templates> compiled = new ConcurrentHashMap<>();
    private FopFactory fopFactory;
    private TransformerFactory transformers;

    @PostConstruct
    void init() {
        fopFactory = FopFactory.newInstance(URI.create("file:///"));
        transformers = TransformerFactory.newDefaultInstance();
        try {
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("The JDK's XSLT processor refuses secure processing", e);
        }
    }

    public byte[] render(CvContent cv, String template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            FOUserAgent agent = fopFactory.newFOUserAgent();
            agent.setProducer("CV Tailor");
            agent.setCreator("CV Tailor");
            agent.setTitle("Curriculum vitae of " + cv.header().name());
            agent.setAuthor(cv.header().name());
            agent.setAccessibility(true);
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
            templates(template).newTransformer().transform(new DOMSource(CvXml.of(cv)),
                    new SAXResult(fop.getDefaultHandler()));
        } catch (FOPException | TransformerException e) {
            throw new IllegalStateException("The PDF could not be rendered with template " + template, e);
        }
        return out.toByteArray();
    }

    public static boolean hasTemplate(String template) {
        return template != null && template.matches("[a-z0-9-]{1,64}")
                && PdfRenderer.class.getResource(TEMPLATE_FOLDER + template + ".xsl") != null;
    }

    private Templates templates(String template) {
        return compiled.computeIfAbsent(template, name -> {
            try (InputStream xsl = PdfRenderer.class.getResourceAsStream(TEMPLATE_FOLDER + name + ".xsl")) {
                return transformers.newTemplates(new StreamSource(xsl));
            } catch (IOException | TransformerException e) {
                throw new IllegalStateException("Template " + name + " could not be compiled", e);
            }
        });
    }
}
