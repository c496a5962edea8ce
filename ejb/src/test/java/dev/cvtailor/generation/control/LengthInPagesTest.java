package dev.cvtailor.generation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cvtailor.export.control.CvXml;
import dev.cvtailor.export.control.PdfRenderer;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.SourceArtifact;
import dev.cvtailor.generation.entity.Tone;

/** A one-page CV prints on one page and a two-page one on at most two, for a long career, in every template. */
class LengthInPagesTest {

    /** Eight positions and six projects, each with six long sentences: more than two pages hold. */
    static List<SourceArtifact> longCareer() {
        List<SourceArtifact> sources = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 1; s <= 6; s++) {
                text.append("Delivered milestone ").append(s).append(" of programme ").append(i)
                        .append(" in Java and PostgreSQL with the platform team, cutting the lead time by ")
                        .append(10 + s).append("% and documenting every runbook for the on-call rota. ");
            }
            sources.add(i < 8
                    ? Sources.position(100 + i, "Engineer " + i, "Company " + i, LocalDate.of(2010 + i, 1, 1),
                            LocalDate.of(2010 + i, 12, 31), text.toString(), 90 - i, "Java", "PostgreSQL")
                    : Sources.project(100 + i, "Project " + i, null, LocalDate.of(2010 + i, 6, 1), text.toString(),
                            60 - i, "Java"));
        }
        return sources;
    }

    private static int pages(Length length, String template) throws Exception {
        GenerationInput input = Sources.input(longCareer(), List.of("Java", "PostgreSQL"), List.of(),
                Tone.PROFESSIONAL, length);
        CvContent cv = new ClaimVerifier(input, Sources::skillsIn, Sources.TODAY)
                .verify(new TemplateCvGenerator().generate(input, Sources.TODAY)).content();
        PdfRenderer pdf = new PdfRenderer();
        pdf.init();
        try (PDDocument doc = Loader.loadPDF(pdf.render(CvXml.of(cv, Map.of()), template))) {
            return doc.getNumberOfPages();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "modern", "compact"})
    void aOnePageCvTakesOnePageAndATwoPageOneTwoAtMost(String template) throws Exception {
        assertEquals(1, pages(Length.ONE_PAGE, template), template);
        int two = pages(Length.TWO_PAGES, template);
        assertTrue(two >= 1 && two <= 2, () -> template + ": " + two + " pages");
    }
}
