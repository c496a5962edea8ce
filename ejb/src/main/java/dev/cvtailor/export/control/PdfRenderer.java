package dev.cvtailor.export.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.util.MimeConstants;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders a CV to PDF: the CV's XML through an XSL-FO template, then Apache FOP. The FOP factory and the
 * compiled templates are built once and shared; both are safe for concurrent use. The parsed fonts are kept too
 * ({@link KeptFonts}).
 */
@ApplicationScoped
public class PdfRenderer {

    private static final String TEMPLATE_FOLDER = "/dev/cvtailor/export/templates/";
    private static final String FONT_FOLDER = "/dev/cvtailor/export/fonts/";
    private static final String[] FONTS = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};

    private final Map<String, Templates> compiled = new ConcurrentHashMap<>();
    /** Parsed fonts for as many renders at once as the processors can run, twice over. */
    private final KeptFonts keptFonts = new KeptFonts(2 * Runtime.getRuntime().availableProcessors());
    private FopFactory fopFactory;
    private TransformerFactory transformers;

    @PostConstruct
    public void init() {
        fopFactory = fopFactory();
        fopFactory.getRendererFactory().addDocumentHandlerMaker(keptFonts);
        transformers = TransformerFactory.newDefaultInstance();
        try {
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // templates import cv-common.xsl: read it from the class path, whatever URL the archive has
            transformers.setURIResolver((href, base) -> new StreamSource(
                    PdfRenderer.class.getResourceAsStream(TEMPLATE_FOLDER + href), href));
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("The JDK's XSLT processor refuses secure processing", e);
        }
        warmUp();
    }

    /**
     * FOP with the embedded fonts: DejaVu Sans as "DejaVu Sans" (normal and bold), copied out of the class path
     * once, since FOP reads fonts from files, not from the application server's archive URLs.
     */
    private static FopFactory fopFactory() {
        try {
            Path fonts = Files.createTempDirectory("cvtailor-fonts");
            for (String font : FONTS) {
                try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_FOLDER + font)) {
                    if (in == null) {
                        throw new IllegalStateException("The font " + font + " is missing from the build");
                    }
                    Files.copy(in, fonts.resolve(font));
                }
                fonts.resolve(font).toFile().deleteOnExit();
            }
            fonts.toFile().deleteOnExit();
            String config = """
                    <fop version="1.0">
                      <accessibility>true</accessibility>
                      <renderers>
                        <renderer mime="application/pdf">
                          <fonts>
                            <font kerning="yes" embed-url="DejaVuSans.ttf" embedding-mode="subset">
                              <font-triplet name="DejaVu Sans" style="normal" weight="normal"/>
                            </font>
                            <font kerning="yes" embed-url="DejaVuSans-Bold.ttf" embedding-mode="subset">
                              <font-triplet name="DejaVu Sans" style="normal" weight="bold"/>
                            </font>
                          </fonts>
                        </renderer>
                      </renderers>
                    </fop>
                    """;
            return new FopConfParser(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)),
                    fonts.toUri()).getFopFactoryBuilder().build();
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("FOP could not be set up with its fonts", e);
        }
    }

    /**
     * FOP reads its configuration from a DOM that the JDK's parser builds lazily (deferred node expansion), and such
     * a DOM is not safe to expand from several threads: concurrent first exports failed inside FOP. One render here,
     * before anybody can call, expands every node a render reads; and making a Fop (the step that reads it) is
     * serialised below as well, which costs microseconds.
     */
    private void warmUp() {
        String fo = """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="p" page-height="297mm" page-width="210mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="p">
                    <fo:flow flow-name="xsl-region-body">
                      <fo:block font-family="DejaVu Sans">Warm-up <fo:inline font-weight="bold">done</fo:inline></fo:block>
                    </fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """;
        try {
            Fop fop = newFop(fopFactory.newFOUserAgent(), OutputStream.nullOutputStream());
            transformers.newTransformer().transform(new StreamSource(new StringReader(fo)),
                    new SAXResult(fop.getDefaultHandler()));
        } catch (FOPException | TransformerException e) {
            throw new IllegalStateException("FOP could not render its warm-up page", e);
        }
    }

    private Fop newFop(FOUserAgent agent, OutputStream out) throws FOPException {
        synchronized (fopFactory) {
            return fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
        }
    }

    /** The document (CvXml) through the template, as a PDF with its title and author set. */
    public byte[] render(Document xml, String template) {
        return keptFonts.lend(() -> renderWithFonts(xml, template));
    }

    private byte[] renderWithFonts(Document xml, String template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        String author = xml.getElementsByTagName("name").item(0).getTextContent();
        try {
            FOUserAgent agent = fopFactory.newFOUserAgent();
            agent.setProducer("CV Tailor");
            agent.setCreator("CV Tailor");
            agent.setTitle(xml.getDocumentElement().getAttribute("title"));
            agent.setSubject(xml.getDocumentElement().getAttribute("subject"));
            agent.setAuthor(author);
            agent.setAccessibility(true);
            Fop fop = newFop(agent, out);
            templates(template).newTransformer().transform(new DOMSource(xml),
                    new SAXResult(fop.getDefaultHandler()));
        } catch (FOPException | TransformerException e) {
            throw new IllegalStateException("The PDF could not be rendered with template " + template, e);
        }
        return out.toByteArray();
    }

    /** The templates a user may choose: every stylesheet in the folder but the shared part. */
    public static final java.util.List<String> TEMPLATES = java.util.List.of("classic", "modern", "compact");

    public static boolean hasTemplate(String template) {
        return TEMPLATES.contains(template);
    }

    private Templates templates(String template) {
        return compiled.computeIfAbsent(template, name -> {
            try (InputStream xsl = PdfRenderer.class.getResourceAsStream(TEMPLATE_FOLDER + name + ".xsl")) {
                return transformers.newTemplates(new StreamSource(xsl, name + ".xsl"));
            } catch (IOException | TransformerException e) {
                throw new IllegalStateException("Template " + name + " could not be compiled", e);
            }
        });
    }
}
