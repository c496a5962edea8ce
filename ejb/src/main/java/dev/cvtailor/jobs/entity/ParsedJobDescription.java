package dev.cvtailor.jobs.entity;

import java.util.List;

/**
 * What a job description asks for, read deterministically from its text: the posting's facts, its sections,
 * the requirements (must have / nice to have) and the weighted keywords an ATS and a recruiter look for.
 */
public record ParsedJobDescription(String title, String company, String location, String seniority,
        Integer yearsOfExperience, List<Section> sections, Requirements requirements, List<Keyword> keywords,
        CompanySignals companySignals) {

    public ParsedJobDescription {
        sections = List.copyOf(sections);
        keywords = List.copyOf(keywords);
    }

    /** The kinds of section postings are made of. */
    public enum SectionKind {
        ABOUT, RESPONSIBILITIES, REQUIREMENTS, NICE_TO_HAVE, BENEFITS, OTHER
    }

    /** A section: its kind, the heading it had (none for text before any heading) and its lines. */
    public record Section(SectionKind kind, String heading, List<String> lines) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** The lines that state what is required and what would be a plus. */
    public record Requirements(List<String> mustHave, List<String> niceToHave) {

        public Requirements {
            mustHave = List.copyOf(mustHave);
            niceToHave = List.copyOf(niceToHave);
        }
    }

    /**
     * A keyword: the term as the posting writes it, the taxonomy skill it names (null for a term outside the
     * taxonomy), whether it is critical (required, never only nice to have) and its weight. {@code anyOf} names the
     * requirement it is one alternative of ("Go or Python"), which any one of them meets; null when it stands alone.
     */
    public record Keyword(String term, String skill, String category, boolean critical, double weight, String anyOf) {

        /** A keyword that is nobody's alternative. (Not a constructor: JSON-B reads a record through its only one.) */
        public static Keyword of(String term, String skill, String category, boolean critical, double weight) {
            return new Keyword(term, skill, category, critical, weight, null);
        }
    }

    /** What the posting says of the employer: its domain and the values it names. */
    public record CompanySignals(List<String> domains, List<String> values) {

        public CompanySignals {
            domains = List.copyOf(domains);
            values = List.copyOf(values);
        }
    }
}
