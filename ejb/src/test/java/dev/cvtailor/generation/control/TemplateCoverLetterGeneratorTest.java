package dev.cvtailor.generation.control;

import static dev.cvtailor.generation.control.Sources.ADAS;
import static dev.cvtailor.generation.control.Sources.TODAY;
import static dev.cvtailor.generation.control.Sources.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.PostingBrief;
import dev.cvtailor.generation.entity.Tone;

class TemplateCoverLetterGeneratorTest {

    private final TemplateCoverLetterGenerator generator = new TemplateCoverLetterGenerator();
    private final GenerationInput forBackend = input(ADAS, List.of("Java", "PostgreSQL", "Go"), List.of(),
            Tone.PROFESSIONAL, Length.ONE_PAGE);

    @Test
    void addressesTheEmployerAndCitesTheBestMatchedArtifactsWithTheirEvidence() {
        CoverLetterContent letter = generator.generate(forBackend, TODAY);
        assertEquals("Globex", letter.recipient().company());
        assertEquals("Backend Engineer", letter.recipient().role());
        assertTrue(letter.paragraphs().size() >= 4 && letter.paragraphs().size() <= 7, letter::toString);
        assertTrue(letter.paragraphs().get(0).text().startsWith(
                "I am writing to apply for the Backend Engineer role at Globex. My work with Java and PostgreSQL"),
                letter.paragraphs().get(0).text());
        assertEquals(List.of(1L), letter.paragraphs().get(1).artifactIds());
        assertTrue(letter.paragraphs().get(1).text().startsWith("As a Senior Engineer at Acme, I built the settlement"
                + " service in Java on PostgreSQL, cutting batch time by 40%. I also mentored 3 engineers."),
                letter.paragraphs().get(1).text());
        assertTrue(letter.paragraphs().get(2).text().contains("Evidence: https://github.com/ada/3"),
                letter.paragraphs().get(2).text());
        assertEquals("Kind regards,\nAda Lovelace", letter.closing());
        assertTrue(letter.paragraphs().stream().anyMatch(p -> p.text().startsWith("What draws me to Globex is its"
                + " work in payments and the value it places on ownership.")), letter::toString);
        assertEquals("Dear Hiring Team at Globex,", letter.salutation());
    }

    @Test
    void greetsThePersonThePostingNames() {
        CoverLetterContent letter = generator.generate(new GenerationInput(new PostingBrief("Backend Engineer",
                "Globex", "Hiring manager: Jane Smith", List.of(), List.of(), "Jane Smith"), ADAS,
                forBackend.keywords(), forBackend.candidate(), Tone.PROFESSIONAL, Length.ONE_PAGE), TODAY);
        assertEquals("Dear Jane Smith,", letter.salutation());
        assertTrue(letter.paragraphs().stream().anyMatch(p -> p.text().startsWith("What draws me to Globex is that"
                + " the Backend Engineer role centres on Java and PostgreSQL")), letter::toString);
    }

    @Test
    void passesItsOwnVerificationUntouched() {
        CoverLetterContent letter = generator.generate(forBackend, TODAY);
        var verified = new ClaimVerifier(forBackend, Sources::skillsIn, TODAY).verify(letter);
        assertTrue(verified.coverage().removed().isEmpty(), verified.coverage().removed()::toString);
        assertTrue(verified.coverage().missing().contains("Go"));
    }
}
