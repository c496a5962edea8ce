package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Entry;

/** The field-level reading, on text written by hand: what a parser finds, and what it does not. */
class FieldCheckTest {

    private static final CvContent CV = CvContent.of(
            new CvContent.Header("Linnea Berg", "linnea@example.se", "+46701234567", "Göteborg, Sweden",
                    List.of("https://github.com/linnea")),
            "Backend engineer.", List.of(new CvContent.Skill("Java", null), new CvContent.Skill("AWS", null)),
            List.of(new Entry(1L, "Senior Software Engineer", "Nordhavn Logistics", LocalDate.of(2021, 3, 1), null,
                    List.of())),
            List.of(), List.of(new Entry(2L, "MSc Computer Science", "Chalmers University of Technology",
                    LocalDate.of(2014, 9, 1), LocalDate.of(2016, 6, 1), List.of())),
            List.of(new Entry(3L, "AWS Certified Developer", "Amazon Web Services", LocalDate.of(2022, 5, 1), null,
                    List.of())));

    private static final String GOOD = """
            Linnea Berg
            linnea@example.se  |  +46701234567  |  Göteborg, Sweden  |  https://github.com/linnea
            SUMMARY
            Backend engineer.
            Skills
            Java, AWS
            Experience
            Senior Software
            Engineer
            Nordhavn Logistics
            Mar 2021 - Present
            • Built things.
            Education
            MSc Computer Science
            Chalmers University of Technology
            Sep 2014 – Jun 2016
            Certifications
            AWS Certified Developer
            Amazon Web Services
            May 2022
            """;

    @Test
    void findsEveryFieldWhereItBelongsEvenWhenATitleWraps() {
        assertEquals(List.of(), FieldCheck.of(GOOD, CV));
    }

    @Test
    void namesAnEntryWrittenOnOneLine() {
        String text = GOOD.replace("Senior Software\nEngineer\nNordhavn Logistics\nMar 2021 - Present",
                "Senior Software Engineer, Nordhavn Logistics (2021-03 – present)");
        List<String> findings = FieldCheck.of(text, CV);
        assertTrue(findings.stream().anyMatch(f -> f.contains("Senior Software Engineer")
                && f.contains("not on a line of its own")), findings::toString);
    }

    @Test
    void namesIsoDatesAndASectionMergedIntoAnother() {
        String text = GOOD.replace("Sep 2014 – Jun 2016", "2014-09 – 2016-06").replace("Certifications\n", "");
        List<String> findings = FieldCheck.of(text, CV);
        assertTrue(findings.stream().anyMatch(f -> f.contains("Sep 2014 – Jun 2016")), findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("headings read")), findings::toString);
    }

    @Test
    void namesAContactDetailGluedToAnother() {
        String text = GOOD.replace("+46701234567  |  Göteborg, Sweden", "+46701234567 Göteborg, Sweden");
        List<String> findings = FieldCheck.of(text, CV);
        assertTrue(findings.contains("contact \"+46701234567\" is not a field of its own on the contact line"),
                findings::toString);
    }

    @Test
    void namesASkillMissingFromTheList() {
        List<String> findings = FieldCheck.of(GOOD.replace("Java, AWS", "Java"), CV);
        assertEquals(List.of("skill \"AWS\" is not an item of the skills list"), findings);
    }
}
