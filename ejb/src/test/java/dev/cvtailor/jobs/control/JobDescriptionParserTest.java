package dev.cvtailor.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.cvtailor.jobs.entity.ParsedJobDescription;
import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;
import dev.cvtailor.jobs.entity.ParsedJobDescription.SectionKind;
import dev.cvtailor.skills.control.SkillVocabulary;
import dev.cvtailor.skills.control.SkillVocabulary.Term;
import dev.cvtailor.skills.entity.MatchMode;
import dev.cvtailor.skills.entity.SkillRef;

class JobDescriptionParserTest {

    private final SkillVocabulary vocabulary = vocabulary();

    private static SkillVocabulary vocabulary() {
        List<Term> terms = new ArrayList<>();
        String[][] skills = {
            {"Java", "Programming languages", "FREE:Java"},
            {"Go", "Programming languages", "EXACT:Go", "FREE:Golang"},
            {"Python", "Programming languages", "FREE:Python"},
            {"Django", "Frameworks and libraries", "FREE:Django"},
            {"Kubernetes", "DevOps and infrastructure", "FREE:Kubernetes", "FREE:k8s"},
            {"PostgreSQL", "Databases", "FREE:PostgreSQL", "FREE:Postgres"},
            {"Terraform", "DevOps and infrastructure", "FREE:Terraform"},
            {"Rust", "Programming languages", "EXACT:Rust"},
            {"Microsoft Excel", "Business intelligence", "FREE:Microsoft Excel", "EXACT:Excel"},
            {"Research and development", "Project and people management", "FREE:Research and development",
                "FREE:R&D"},
            {"Apache Kafka", "Data engineering", "FREE:Apache Kafka", "FREE:Kafka"},
            {"Amazon Web Services", "Cloud platforms", "FREE:Amazon Web Services", "EXACT:AWS"},
            {"Kotlin", "Programming languages", "FREE:Kotlin"},
        };
        long id = 1;
        for (String[] skill : skills) {
            SkillRef ref = new SkillRef(id++, skill[0], skill[1]);
            for (int i = 2; i < skill.length; i++) {
                String[] modeAndSpelling = skill[i].split(":", 2);
                terms.add(new Term(ref, modeAndSpelling[1], MatchMode.valueOf(modeAndSpelling[0])));
            }
        }
        return new SkillVocabulary(terms);
    }

    private ParsedJobDescription parse(String text) {
        return JobDescriptionParser.parse(text, null, null, new JobDescriptionParser.Skills() {
            @Override
            public java.util.Set<SkillRef> inProse(String prose) {
                return vocabulary.foundIn(prose);
            }

            @Override
            public java.util.Set<SkillRef> named(String name) {
                return vocabulary.named(name);
            }

            @Override
            public Map<SkillRef, String> spellingsIn(String text) {
                return vocabulary.spellingsIn(text);
            }
        });
    }

    private static Map<String, Keyword> skills(ParsedJobDescription jd) {
        return jd.keywords().stream().filter(k -> k.skill() != null)
                .collect(Collectors.toMap(Keyword::skill, k -> k));
    }

    @Test
    void readsAStructuredPosting() {
        ParsedJobDescription jd = parse("""
                Senior Backend Engineer at Acme Payments
                Location: Berlin, Germany

                About us
                We are a fintech company that values ownership and transparency.

                What you'll do:
                - Build payment APIs in Java and Apache Kafka
                - Operate services on Kubernetes

                Requirements
                • 5+ years of experience with Java
                • Solid PostgreSQL skills
                • Experience with Kafka

                Nice to have
                • Terraform
                • Kubernetes certification

                Benefits
                • Slack-free Fridays, a Python course budget
                """);
        assertEquals("Senior Backend Engineer", jd.title());
        assertEquals("Acme Payments", jd.company());
        assertEquals("Berlin, Germany", jd.location());
        assertEquals("senior", jd.seniority());
        assertEquals(5, jd.yearsOfExperience());
        assertEquals(List.of(SectionKind.OTHER, SectionKind.ABOUT, SectionKind.RESPONSIBILITIES,
                SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE, SectionKind.BENEFITS),
                jd.sections().stream().map(ParsedJobDescription.Section::kind).toList());
        Map<String, Keyword> skills = skills(jd);
        assertTrue(skills.get("Java").critical());
        assertTrue(skills.get("PostgreSQL").critical());
        assertTrue(skills.get("Apache Kafka").critical());
        assertFalse(skills.get("Terraform").critical(), "a nice-to-have is never critical");
        assertFalse(skills.get("Kubernetes").critical(), "responsibilities and pluses, not a requirement");
        assertFalse(skills.containsKey("Python"), "benefits name no requirement");
        assertTrue(skills.get("Java").weight() > skills.get("Terraform").weight());
        assertTrue(jd.companySignals().domains().contains("finance"));
        assertTrue(jd.companySignals().values().containsAll(List.of("ownership", "transparency")));
        assertEquals(3, jd.requirements().mustHave().size());
        assertEquals(2, jd.requirements().niceToHave().size());
    }

    @Test
    void readsAllCapsHeadingsAndEmojiBullets() {
        ParsedJobDescription jd = parse("""
                DATA ENGINEER (REMOTE)
                WHAT YOU'LL DO
                🚀 Build pipelines with Python
                REQUIREMENTS:
                ✅ Strong Python
                ✅ Postgres in production
                NICE TO HAVE:
                ⭐ Rust
                """);
        Map<String, Keyword> skills = skills(jd);
        assertTrue(skills.get("Python").critical());
        assertTrue(skills.get("PostgreSQL").critical());
        assertFalse(skills.get("Rust").critical());
        assertEquals("Remote", jd.location());
        assertEquals("Build pipelines with Python", jd.sections().get(1).lines().get(0));
    }

    @Test
    void readsAPostingWithoutHeadings() {
        ParsedJobDescription jd = parse("We are hiring a Python developer. You must know Django well."
                + " Experience with PostgreSQL is required. Kubernetes is a plus.");
        Map<String, Keyword> skills = skills(jd);
        assertTrue(skills.get("Python").critical());
        assertTrue(skills.get("Django").critical());
        assertTrue(skills.get("PostgreSQL").critical());
        assertFalse(skills.get("Kubernetes").critical());
    }

    @Test
    void takesGoAsAVerbAndExcelAtAsWords() {
        ParsedJobDescription jd = parse("""
                Account Manager
                Requirements
                - Go the extra mile for customers; you will go above and beyond
                - Excel at building relationships and excel at follow-up
                - Lead R&D budget talks
                """);
        Map<String, Keyword> skills = skills(jd);
        assertFalse(skills.containsKey("Go"), skills::toString);
        assertFalse(skills.containsKey("Microsoft Excel"), skills::toString);
        assertTrue(skills.containsKey("Research and development"));
    }

    @Test
    void aPostingWithOnlyNiceToHavesHasNoCriticalKeyword() {
        ParsedJobDescription jd = parse("""
                Nice to have: Rust, Terraform and Kubernetes
                Bonus: Golang
                """);
        assertFalse(jd.keywords().isEmpty());
        assertTrue(jd.keywords().stream().noneMatch(Keyword::critical), jd.keywords()::toString);
    }

    @Test
    void keepsATermThePostingRepeats() {
        ParsedJobDescription jd = parse("""
                Requirements
                - Experience designing payment systems at scale
                - You have run payment systems in production
                - Java
                """);
        assertTrue(jd.keywords().stream().anyMatch(k -> k.skill() == null && k.term().equals("payment systems")),
                jd.keywords()::toString);
    }

    @Test
    void keepsThePostingsSpellingOfASkill() {
        ParsedJobDescription jd = parse("""
                Cloud Engineer
                Requirements
                - Three years of running services on AWS
                """);
        assertEquals("AWS", skills(jd).get("Amazon Web Services").term(), jd.keywords()::toString);
    }

    @Test
    void readsAlternativesAsOneRequirement() {
        ParsedJobDescription jd = parse("""
                Backend Engineer
                Requirements
                - Programming in Go or Python
                - Java/Kotlin and Terraform
                - Experience with PostgreSQL
                """);
        Map<String, Keyword> skills = skills(jd);
        assertEquals("Go or Python", skills.get("Go").anyOf(), jd.keywords()::toString);
        assertEquals("Go or Python", skills.get("Python").anyOf());
        assertEquals("Java or Kotlin", skills.get("Java").anyOf());
        assertEquals(null, skills.get("Terraform").anyOf());
        assertEquals(null, skills.get("PostgreSQL").anyOf());
        assertTrue(skills.get("Go").critical() && skills.get("Python").critical(), "both stay must-haves until"
                + " matching knows which one the person has");
    }
}
