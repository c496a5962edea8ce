package dev.cvtailor.generation.control;

import static dev.cvtailor.generation.control.Sources.ADAS;
import static dev.cvtailor.generation.control.Sources.TODAY;
import static dev.cvtailor.generation.control.Sources.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.PostingBrief;
import dev.cvtailor.generation.entity.SourceArtifact;
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
        assertTrue(letter.paragraphs().size() >= 4 && letter.paragraphs().size() <= 8, letter::toString);
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

    @Test
    void fillsOnePageWhenTheArtifactsTellEnoughAndInventsNothingToDoIt() {
        GenerationInput rich = input(RICH, List.of("Java", "PostgreSQL", "Apache Kafka"), List.of("Terraform"),
                Tone.PROFESSIONAL, Length.ONE_PAGE);
        CoverLetterContent letter = generator.generate(rich, TODAY);
        int words = words(letter);
        assertTrue(words >= 250 && words <= 400, words + " words: " + letter);
        assertTrue(letter.paragraphs().stream().anyMatch(p -> p.text().startsWith("Here is where my work shows what"
                + " the posting asks for. In my role at Acme, I work with Java, PostgreSQL and Apache Kafka.")),
                letter::toString);
        var verified = new ClaimVerifier(rich, Sources::skillsIn, TODAY).verify(letter);
        assertTrue(verified.coverage().removed().isEmpty(), verified.coverage().removed()::toString);
        assertTrue(LetterLength.advice(verified.content(), rich).isEmpty());
    }

    @Test
    void givesUpDetailRatherThanRunPastOnePage() {
        List<SourceArtifact> plenty = new java.util.ArrayList<>();
        for (long id = 20; id < 26; id++) {
            int year = 2000 + (int) id - 20;
            StringBuilder description = new StringBuilder();
            for (int n = 1; n <= 6; n++) {
                description.append("Rebuilt the order service number ").append(n).append(" in Java on PostgreSQL for")
                        .append(" the warehouse teams across three countries, cutting the time to ship an order by ")
                        .append(10 * n).append("% over the following year. ");
            }
            plenty.add(Sources.position(id, "Engineer", "Firm " + id, LocalDate.of(year, 1, 1),
                    LocalDate.of(year + 1, 1, 1), description.toString(), 100 - (int) id, "Java", "PostgreSQL"));
        }
        GenerationInput overflowing = input(plenty, List.of("Java", "PostgreSQL"), List.of(), Tone.PROFESSIONAL,
                Length.ONE_PAGE);
        CoverLetterContent letter = generator.generate(overflowing, TODAY);
        assertTrue(words(letter) <= 400, words(letter) + " words: " + letter);
        assertEquals(List.of(20L), letter.paragraphs().get(1).artifactIds(), letter::toString);
        assertEquals(List.of(21L), letter.paragraphs().get(2).artifactIds(), letter::toString);
        assertTrue(letter.paragraphs().get(1).text().startsWith("As an Engineer at Firm 20, I rebuilt the order"),
                letter::toString);
    }

    @Test
    void aShortLetterSaysSoAndNamesTheArtifactsThatWouldGiveItMoreToTell() {
        CoverLetterContent letter = generator.generate(forBackend, TODAY);
        assertTrue(words(letter) < 250, letter::toString);
        assertEquals(java.util.Optional.of("The letter has " + words(letter) + " words; a one-page letter usually"
                + " has 250\u2013400. It tells only what your artifacts say: adding results and detail to"
                + " \u201CSenior Engineer at Acme\u201D, \u201CFraud scoring\u201D and \u201CEngineer at"
                + " Initech\u201D gives it more to tell."), LetterLength.advice(letter, forBackend));
    }

    /** Words as this test counts them: runs of letters or digits in the paragraphs and closing, an address once. */
    private static int words(CoverLetterContent letter) {
        String text = letter.paragraphs().stream().map(CoverLetterContent.Paragraph::text)
                .collect(java.util.stream.Collectors.joining(" ")) + " " + letter.closing();
        return (int) java.util.Arrays.stream(text.replaceAll("https?://\\S+", "x").split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).count();
    }

    /** A user who wrote their work out in full, as a CV's bullets would tell it. */
    private static final List<SourceArtifact> RICH = List.of(
            Sources.position(1, "Senior Engineer", "Acme", LocalDate.of(2020, 1, 1), null,
                    "Built the settlement service in Java on PostgreSQL, cutting batch time by 40%. Designed the"
                            + " ledger schema that replaced 14 spreadsheets used by the finance team. Introduced"
                            + " consumer-driven contract tests, which halved failed releases in a year. Mentored 3"
                            + " engineers through their first on-call rotations. Moved payment events onto Apache"
                            + " Kafka so that 6 downstream services read them in order.",
                    90, "Java", "PostgreSQL", "Apache Kafka"),
            Sources.position(2, "Engineer", "Initech", LocalDate.of(2016, 3, 1), LocalDate.of(2019, 12, 31),
                    "Maintained the billing system in Python for 2,000 business customers. Wrote the deployment"
                            + " scripts that took releases from a day to 20 minutes. Automated invoice"
                            + " reconciliation, saving the finance team 10 hours a week. Reduced support tickets"
                            + " about failed payments by a third with clearer error messages.",
                    70, "Python"),
            Sources.project(3, "Fraud scoring", "Acme", LocalDate.of(2021, 5, 1),
                    "Streamed card events through Apache Kafka to score 2,000 payments per second. Provisioned"
                            + " the stream's infrastructure with Terraform across 3 regions.",
                    60, "Apache Kafka", "Terraform", "Java"),
            Sources.of(5, ArtifactKind.EDUCATION, "MSc Computer Science", "Thesis on distributed consensus."));
}
