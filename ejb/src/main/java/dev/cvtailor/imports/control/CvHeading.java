package dev.cvtailor.imports.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.cvtailor.artifacts.entity.ArtifactKind;

/**
 * The sections a CV is made of, each known by the headings people and templates give it ("Work Experience",
 * "Employment History", "Licenses & Certifications"), and the kind of artifact its entries become. A section
 * with no kind (summary, languages, interests, references) is read past, not imported.
 */
enum CvHeading {
    SUMMARY(null, "summary", "professional summary", "profile", "professional profile", "about", "about me",
            "objective", "career objective", "personal statement", "overview", "career summary", "introduction"),
    SKILLS(null, "skills", "technical skills", "key skills", "core skills", "core competencies", "competencies",
            "skills and expertise", "expertise", "technologies", "tools and technologies", "areas of expertise",
            "skills and abilities", "professional skills", "skill set", "skillset"),
    EXPERIENCE(ArtifactKind.POSITION, "experience", "work experience", "professional experience", "employment",
            "employment history", "work history", "career history", "work", "relevant experience", "positions",
            "career", "professional background", "experience and employment"),
    VOLUNTEERING(ArtifactKind.POSITION, "volunteering", "volunteer work", "volunteer experience",
            "community involvement"),
    PROJECTS(ArtifactKind.PROJECT, "projects", "personal projects", "selected projects", "key projects",
            "open source", "open-source projects", "side projects", "project experience"),
    EDUCATION(ArtifactKind.EDUCATION, "education", "education and training", "academic background",
            "qualifications", "academic qualifications", "education history", "studies"),
    CERTIFICATIONS(ArtifactKind.CERTIFICATION, "certifications", "certificates", "certification",
            "licenses and certifications", "licences and certifications", "licenses", "licences",
            "courses and certifications", "professional certifications", "accreditations"),
    PUBLICATIONS(ArtifactKind.PUBLICATION, "publications", "selected publications", "papers", "research"),
    AWARDS(ArtifactKind.AWARD, "awards", "honors", "honours", "honors and awards", "honours and awards",
            "awards and honors", "awards and honours", "achievements", "awards and achievements", "recognition"),
    OTHER(null, "languages", "interests", "hobbies", "references", "activities", "extracurricular activities",
            "additional information", "personal", "personal details", "contact", "contact information",
            "memberships", "affiliations", "skills and interests", "declaration");

    final ArtifactKind kind;
    private final Set<String> names;

    CvHeading(ArtifactKind kind, String... names) {
        this.kind = kind;
        this.names = Set.of(names);
    }

    /** The section a line opens, if the line is nothing but a heading (any case, with or without a colon). */
    static Optional<CvHeading> of(String line) {
        String key = key(line);
        if (key.isEmpty() || key.length() > 40) {
            return Optional.empty();
        }
        if (key.equals("volunteer")) {
            // a heading when set in capitals; "Volunteer" alone is as often an entry's title
            return line.strip().equals("VOLUNTEER") ? Optional.of(VOLUNTEERING) : Optional.empty();
        }
        return Arrays.stream(values()).filter(h -> h.names.contains(key)).findFirst();
    }

    /** Whether the line says "Volunteer" and nothing else, in any case: a heading or a title, as its place tells. */
    static boolean isVolunteering(String line) {
        return key(line).equals("volunteer");
    }

    private static String key(String line) {
        String plain = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[\\p{So}\\p{Co}]", " ")
                .replaceAll("^[\\s#*•·|:_=-]+|[\\s:*_=|-]+$", "")
                .replaceFirst("^\\d{1,2}\\s+(?=\\p{L})", "")
                .replaceAll("\\s+", " ")
                .strip();
        return plain;
    }
}
