package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cvtailor.generation.entity.CvContent;

/**
 * Every template's PDF read by four independent text engines ({@link PdfTextEngines}) and checked field by
 * field: each must find every field of the CV where a field-level résumé parser looks for it.
 */
class PdfTextEnginesTest {

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
        List<String> findings = new ArrayList<>();
        PdfTextEngines.texts(file, folder).forEach((engine, text) -> FieldCheck.of(text, cv)
                .forEach(finding -> findings.add(engine + ": " + finding)));
        assertEquals(List.of(), findings, template);
    }
}
