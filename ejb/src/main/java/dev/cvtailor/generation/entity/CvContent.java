package dev.cvtailor.generation.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The structured content of a CV. Every bullet names the artifact (and evidence links) behind it, so each
 * claim can be traced and checked.
 */
public record CvContent(Header header, String summary, List<Skill> skills, List<Entry> experience,
        List<Entry> projects, List<Entry> education, List<Entry> certifications, List<Entry> publications,
        List<Entry> awards) {

    public CvContent {
        skills = listOf(skills);
        experience = listOf(experience);
        projects = listOf(projects);
        education = listOf(education);
        certifications = listOf(certifications);
        publications = listOf(publications);
        awards = listOf(awards);
    }

    /**
     * A CV without publications or awards. (A static factory, not a constructor: JSON-B reads a record only through
     * its one constructor.)
     */
    public static CvContent of(Header header, String summary, List<Skill> skills, List<Entry> experience,
            List<Entry> projects, List<Entry> education, List<Entry> certifications) {
        return new CvContent(header, summary, skills, experience, projects, education, certifications, List.of(),
                List.of());
    }

    /** The same CV with other skills. */
    public CvContent withSkills(List<Skill> otherSkills) {
        return new CvContent(header, summary, otherSkills, experience, projects, education, certifications,
                publications, awards);
    }

    /** The same CV with another summary. */
    public CvContent withSummary(String otherSummary) {
        return new CvContent(header, otherSummary, skills, experience, projects, education, certifications,
                publications, awards);
    }

    /** The same CV with one section's entries replaced. */
    public CvContent with(CvSection section, List<Entry> entries) {
        return new CvContent(header, summary, skills,
                section == CvSection.EXPERIENCE ? entries : experience,
                section == CvSection.PROJECTS ? entries : projects,
                section == CvSection.EDUCATION ? entries : education,
                section == CvSection.CERTIFICATIONS ? entries : certifications,
                section == CvSection.PUBLICATIONS ? entries : publications,
                section == CvSection.AWARDS ? entries : awards);
    }

    /** Every entry of every section, in the document's order. */
    public java.util.stream.Stream<Entry> entries() {
        return java.util.Arrays.stream(CvSection.values()).flatMap(section -> section.entriesOf(this).stream());
    }

    public record Header(String name, String email, String phone, String location, List<String> links) {

        public Header {
            links = listOf(links);
        }
    }

    public record Skill(String name, String category) {
    }

    /** An entry of a section: one artifact (its id; null only in a language model's draft) and its bullets. */
    public record Entry(Long artifactId, String title, String organisation, LocalDate startedOn, LocalDate endedOn,
            List<Bullet> bullets) {

        public Entry {
            bullets = listOf(bullets);
        }
    }

    public record Bullet(String text, long artifactId, List<Long> evidenceLinkIds) {

        public Bullet {
            evidenceLinkIds = listOf(evidenceLinkIds);
        }
    }

    /** Lists as read from JSON may be missing (an LLM's answer) or hold nulls: neither goes further. */
    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
