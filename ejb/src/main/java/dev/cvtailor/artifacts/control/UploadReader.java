package dev.cvtailor.artifacts.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.artifacts.entity.SourceText;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads an uploaded file's text, or refuses it with a reason a person understands. The type comes from the
 * bytes (Tika's detector), never from the name or the header: PDF (PDFBox), Word .docx (POI) and plain text
 * or Markdown. Everything is bounded: the file's size (413), its pages, its text, and what its compressed
 * parts unpack to (a zip or PDF bomb stops at the limit); a Word file with a DTD (the way in for XXE), an
 * encrypted, damaged or empty file is refused (422) before it can do harm.
 */
@ApplicationScoped
public class UploadReader {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int XML_PROLOGUE = 4096;
    private static final int MAX_ZIP_ENTRIES = 1000;

    /**
     * Magic bytes only: Tika's container detectors (on the class path for the export check) would open a zip to
     * look inside before the limits here are applied.
     */
    private final Tika tika = new Tika(MimeTypes.getDefaultMimeTypes());

    @Inject
    @ConfigProperty(name = "cvtailor.upload.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "cvtailor.upload.max-pages", defaultValue = "200")
    int maxPages;

    @Inject
    @ConfigProperty(name = "cvtailor.upload.max-characters", defaultValue = "500000")
    int maxCharacters;

    @Inject
    @ConfigProperty(name = "cvtailor.upload.max-unpacked-bytes", defaultValue = "104857600")
    long maxUnpackedBytes;

    /** The file's text; {@code 413} beyond the size limit, {@code 422} for what cannot or must not be read. */
    public SourceText read(InputStream upload, String fileName) {
        return read(upload, fileName, false);
    }

    /**
     * As {@link #read(InputStream, String)}; {@code inReadingOrder} sorts a PDF's text by its place on the page
     * rather than the order it was written in, which templates that position their parts with CSS scramble.
     */
    public SourceText read(InputStream upload, String fileName, boolean inReadingOrder) {
        byte[] bytes = readBounded(upload);
        if (bytes.length == 0) {
            throw refused("The file is empty");
        }
        String detected = tika.detect(bytes);
        SourceText source = switch (detected) {
            case "application/pdf" -> pdf(bytes, fileName, inReadingOrder);
            case "application/x-tika-ooxml", "application/zip" -> docx(bytes, fileName);
            case "text/plain" -> text(bytes, fileName);
            case "application/x-tika-msoffice" -> throw refused("The file is an old Word .doc or a password-protected"
                    + " Office document; save it as an unprotected .docx or PDF and upload it again");
            default -> throw refused("The file's content is " + detected + "; upload a PDF, a Word .docx, Markdown"
                    + " or plain text");
        };
        String text = source.text().replace("\u0000", "").replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw refused("The file holds no text that can be read (is it a scanned image?)");
        }
        if (text.length() > maxCharacters) {
            throw refused("The file holds more than " + maxCharacters + " characters of text; upload a shorter one");
        }
        return new SourceText(text, source.fileName(), source.mediaType());
    }

    /**
     * An upload's bytes, to be read by its own reader (an archive), under the same limits: {@code 413} beyond the
     * size limit, {@code 422} for an empty file.
     */
    public byte[] receive(InputStream upload) {
        byte[] bytes = readBounded(upload);
        if (bytes.length == 0) {
            throw refused("The file is empty");
        }
        return bytes;
    }

    /** The most an upload's compressed parts may unpack to, in bytes. */
    public long unpackedLimit() {
        return maxUnpackedBytes;
    }

    private byte[] readBounded(InputStream upload) {
        try (upload) {
            byte[] bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ApplicationProblem(ApplicationProblem.Kind.PAYLOAD_TOO_LARGE,
                        "A file may have at most " + maxBytes / (1024 * 1024) + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The file could not be received whole");
        }
    }

    private SourceText pdf(byte[] bytes, String fileName, boolean inReadingOrder) {
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxUnpackedBytes).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages > maxPages) {
                throw refused("The PDF has " + pages + " pages; at most " + maxPages + " are read");
            }
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw refused("The PDF's owner forbids copying its text; upload a copy without that restriction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(inReadingOrder);
            return new SourceText(stripper.getText(pdf), fileName, "application/pdf");
        } catch (ApplicationProblem e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw refused("The PDF is password-protected; upload it without a password");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw refused("The PDF is damaged or too large inside and cannot be read");
        }
    }

    private SourceText docx(byte[] bytes, String fileName) {
        inspectZip(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            int pages = document.getProperties().getExtendedProperties().getPages();
            if (pages > maxPages) {
                throw refused("The document has " + pages + " pages; at most " + maxPages + " are read");
            }
            return new SourceText(extractor.getText(), fileName, DOCX);
        } catch (ApplicationProblem e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw refused("The Word document is damaged and cannot be read");
        }
    }

    /**
     * Walks the archive before POI opens it: a Word document, not any zip; a bounded number of parts that
     * unpack to a bounded size, counted as they unpack (a zip bomb's headers may lie); no DTD in any XML part.
     */
    private void inspectZip(byte[] bytes) {
        long unpacked = 0;
        int entries = 0;
        boolean wordDocument = false;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw refused("The file has more than " + MAX_ZIP_ENTRIES + " parts; it is not a plain Word document");
                }
                wordDocument |= "word/document.xml".equals(entry.getName());
                boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
                StringBuilder prologue = new StringBuilder();
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > maxUnpackedBytes) {
                        throw refused("The file unpacks to more than " + maxUnpackedBytes / (1024 * 1024)
                                + " MB; it is refused as a possible zip bomb");
                    }
                    if (xml && prologue.length() < XML_PROLOGUE) {
                        prologue.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    }
                }
                if (xml && prologue.toString().toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                    throw refused("The document declares a DTD, which Word documents never do; it is refused for"
                            + " safety");
                }
            }
        } catch (IOException e) {
            throw refused("The Word document is damaged and cannot be read");
        }
        if (!wordDocument) {
            throw refused("The file is a ZIP archive, not a Word .docx document");
        }
    }

    private static SourceText text(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = name.endsWith(".md") || name.endsWith(".markdown") ? "text/markdown" : "text/plain";
        return new SourceText(decode(bytes).replaceFirst("^\uFEFF", ""), fileName, type);
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what other editors save plain text as). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static ApplicationProblem refused(String reason) {
        return new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE, reason);
    }
}
