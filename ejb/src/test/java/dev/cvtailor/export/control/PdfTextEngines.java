package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Four independent text engines for a PDF: PDFBox in process; poppler's pdftotext, MuPDF's mutool and Mozilla's
 * pdf.js (node, {@code ejb/src/test/pdfjs}) as programs of their own. A missing engine skips the calling test, or
 * fails it with {@code -Devaluation.required=true} (as CI runs, having installed them).
 */
final class PdfTextEngines {

    private static final Path PDFJS = Path.of(System.getProperty("pdfjs.dir", "src/test/pdfjs"));

    private PdfTextEngines() {
    }

    /** Each engine's text of the file, by the engine's name. */
    static Map<String, String> texts(byte[] file, Path folder) throws IOException, InterruptedException {
        Path pdf = Files.write(Files.createTempFile(folder, "export", ".pdf"), file);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("PDFBox", AtsCheck.pdfText(file));
        texts.put("pdftotext", run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        texts.put("mutool", run("mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf.toString()));
        if (!Files.isDirectory(PDFJS.resolve("node_modules/pdfjs-dist"))) {
            missing("pdf.js (npm ci in " + PDFJS.toAbsolutePath().normalize() + ")");
        }
        texts.put("pdf.js", run("node", PDFJS.resolve("text.mjs").toAbsolutePath().toString(), pdf.toString()));
        return texts;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            missing(command[0]);
            throw notInstalled;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed");
        }
        return out;
    }

    private static void missing(String engine) {
        String why = engine + " is not installed here";
        if (Boolean.getBoolean("evaluation.required")) {
            fail(why + ", and evaluation.required is set");
        }
        abort(why);
    }
}
