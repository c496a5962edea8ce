package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cvtailor.generation.entity.CvContent;

/**
 * Every template's PDF read by four independent text engines (PDFBox in process; poppler's pdftotext, MuPDF's
 * mutool and Mozilla's pdf.js as programs of their own) and checked field by field: each must find every field of
 * the CV where a field-level résumé parser looks for it. A missing engine skips the test, or fails it with
 * {@code -Devaluation.required=true} (as CI runs, having installed them).
 */
class PdfTextEnginesTest {

    private static final Path PDFJS = Path.of(System.getProperty("pdfjs.dir", "src/test/pdfjs"));
    private static final PdfRenderer PDF = new PdfRenderer();

    @TempDir
    static Path folder;

    @BeforeAll
    static void renderer() {
        PDF.init();
    }

    static List<String> templates() {
        return PdfRenderer.TEMPLATES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyEngineFindsEveryField(String template) throws Exception {
        CvContent cv = RenderersTest.cv("Linnea Åkesson-Berg", 3);
        byte[] file = PDF.render(CvXml.of(cv, Map.of(11L, "https://github.com/linnea/payments")), template);
        Path pdf = Files.write(folder.resolve(template + ".pdf"), file);
        List<String> findings = new ArrayList<>();
        FieldCheck.of(AtsCheck.pdfText(file), cv).forEach(f -> findings.add("PDFBox: " + f));
        FieldCheck.of(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"), cv)
                .forEach(f -> findings.add("pdftotext: " + f));
        FieldCheck.of(run("mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf.toString()), cv)
                .forEach(f -> findings.add("mutool: " + f));
        FieldCheck.of(pdfJs(pdf), cv).forEach(f -> findings.add("pdf.js: " + f));
        assertEquals(List.of(), findings, template);
    }

    private static String pdfJs(Path pdf) throws IOException, InterruptedException {
        if (!Files.isDirectory(PDFJS.resolve("node_modules/pdfjs-dist"))) {
            missing("pdf.js (npm ci in " + PDFJS.toAbsolutePath().normalize() + ")");
        }
        return run("node", PDFJS.resolve("text.mjs").toAbsolutePath().toString(), pdf.toString());
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
