package dev.cvtailor.generation.control;

import static dev.cvtailor.generation.control.Sources.ADAS;
import static dev.cvtailor.generation.control.Sources.TODAY;
import static dev.cvtailor.generation.control.Sources.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.SourceArtifact;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.Tone;

class TemplateCvGeneratorTest {

    private final TemplateCvGenerator generator = new TemplateCvGenerator();
    private final GenerationInput forBackend = input(ADAS, List.of("Java", "PostgreSQL", "Apache Kafka", "Go"),
            List.of("Python"), Tone.PROFESSIONAL, Length.ONE_PAGE);

    @Test
    void ordersEntriesByMatchAndPlacesAJobsProjectUnderIt() {
        CvContent cv = generator.generate(forBackend, TODAY);
        assertEquals(List.of("Senior Engineer", "Engineer"), cv.experience().stream().map(Entry::title).toList());
        Entry acme = cv.experience().get(0);
        assertTrue(acme.bullets().stream().anyMatch(b -> b.artifactId() == 3), "Fraud scoring was done at Acme");
        assertEquals(List.of("Open-source parser"), cv.projects().stream().map(Entry::title).toList());
        assertEquals(List.of("MSc Computer Science"), cv.education().stream().map(Entry::title).toList());
    }

    @Test
    void bulletsAreTheArtifactsOwnSentencesKeywordsFirstNumbersKept() {
        Entry acme = generator.generate(forBackend, TODAY).experience().get(0);
        Bullet first = acme.bullets().get(0);
        assertEquals("Built the settlement service in Java on PostgreSQL, cutting batch time by 40%.", first.text());
        assertEquals(1, first.artifactId());
        assertTrue(acme.bullets().stream().anyMatch(b -> b.text().equals("The payments platform.")),
                () -> "the filler opening is cut: " + acme.bullets());
        Bullet fraud = acme.bullets().stream().filter(b -> b.artifactId() == 3).findFirst().orElseThrow();
        assertTrue(fraud.text().contains("2,000 payments per second"), fraud.text());
        assertEquals(List.of(30L), fraud.evidenceLinkIds(), "the project's validated link goes with its bullet");
    }

    @Test
    void listsBackedSkillsCriticalFirstAndNeverAnUnbackedOne() {
        List<String> skills = generator.generate(forBackend, TODAY).skills().stream().map(CvContent.Skill::name)
                .toList();
        assertEquals(List.of("Java", "PostgreSQL", "Apache Kafka", "Python"), skills.subList(0, 4));
        assertFalse(skills.contains("Go"), "no artifact backs Go");
    }

    @Test
    void writesASkillInThePostingsSpellingAndOnlyOnce() {
        SourceArtifact cloud = Sources.position(7, "Cloud Engineer", "Initech", java.time.LocalDate.of(2019, 1, 1),
                null, "Ran the payment services on Amazon Web Services with Terraform.", 80, "Amazon Web Services",
                "AWS", "Terraform");
        GenerationInput base = input(List.of(cloud), List.of("Terraform"), List.of(), Tone.PROFESSIONAL,
                Length.ONE_PAGE);
        List<BackedKeyword> keywords = new java.util.ArrayList<>(base.keywords());
        keywords.add(0, new BackedKeyword("AWS", "Amazon Web Services", true, List.of(7L)));
        GenerationInput posting = new GenerationInput(base.posting(), base.sources(), keywords, base.candidate(),
                base.tone(), base.length());
        Function<String, Set<String>> taxonomy = text -> Sentences.says(text, "Amazon Web Services")
                || Sentences.says(text, "AWS") ? Set.of("Amazon Web Services") : Sources.skillsIn(text);
        List<String> skills = new ClaimVerifier(posting, taxonomy, TODAY).verify(generator.generate(posting, TODAY))
                .content().skills().stream().map(CvContent.Skill::name).toList();
        assertEquals(List.of("AWS", "Terraform"), skills, "the posting's word, once: not both aliases");
    }

    @Test
    void summarisesRoleYearsSkillsAndTheTargetInTheAskedTone() {
        String professional = generator.generate(forBackend, TODAY).summary();
        assertEquals("Senior Engineer with 10 years of experience in Java, PostgreSQL and Apache Kafka."
                + " Applying for the Backend Engineer role.", professional);
        String enthusiastic = generator.generate(input(ADAS, List.of("Java"), List.of(), Tone.ENTHUSIASTIC,
                Length.ONE_PAGE), TODAY).summary();
        assertTrue(enthusiastic.contains("hands-on") && enthusiastic.contains("eager"), enthusiastic);
        assertNotEquals(professional, enthusiastic);
    }

    @Test
    void aTwoPageCvHoldsMoreThanAOnePageOne() {
        CvContent one = generator.generate(forBackend, TODAY);
        CvContent two = generator.generate(input(ADAS, List.of("Java", "PostgreSQL", "Apache Kafka"),
                List.of("Python"), Tone.PROFESSIONAL, Length.TWO_PAGES), TODAY);
        assertTrue(two.experience().get(0).bullets().size() > one.experience().get(0).bullets().size());
    }

    @Test
    void theSameInputGivesTheSameCv() {
        assertEquals(generator.generate(forBackend, TODAY), generator.generate(forBackend, TODAY));
    }

    @Test
    void aUserWithoutArtifactsGetsAnEmptyButValidCv() {
        CvContent cv = generator.generate(input(List.of(), List.of("Java"), List.of(), Tone.CONCISE,
                Length.ONE_PAGE), TODAY);
        assertTrue(cv.experience().isEmpty() && cv.skills().isEmpty());
        assertEquals("Professional. For the Backend Engineer role.", cv.summary(), "the role, not its employer");
    }
}
