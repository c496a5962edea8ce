package dev.cvtailor.generation.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The sections of a CV below the skills, in the order every rendering shows them, each under its own standard
 * heading (the words résumé parsers look for) and never merged into another. {@code anchor} names the section in
 * review comments and revisions.
 */
public enum CvSection {
    EXPERIENCE("Experience", "experience", CvContent::experience, false),
    PROJECTS("Projects", "projects", CvContent::projects, false),
    EDUCATION("Education", "education", CvContent::education, false),
    CERTIFICATIONS("Certifications", "certifications", CvContent::certifications, true),
    PUBLICATIONS("Publications", "publications", CvContent::publications, true),
    AWARDS("Awards", "awards", CvContent::awards, true);

    public final String heading;
    public final String anchor;
    private final Function<CvContent, List<CvContent.Entry>> entries;
    private final boolean happensOnce;

    CvSection(String heading, String anchor, Function<CvContent, List<CvContent.Entry>> entries,
            boolean happensOnce) {
        this.heading = heading;
        this.anchor = anchor;
        this.entries = entries;
        this.happensOnce = happensOnce;
    }

    public List<CvContent.Entry> entriesOf(CvContent cv) {
        return entries.apply(cv);
    }

    /** "Mar 2021 – Present" for what spans time, "May 2022" for what happened once (a certification, an award). */
    public String dates(LocalDate from, LocalDate to) {
        return happensOnce ? EntryDates.once(from, to) : EntryDates.span(from, to);
    }

    public static java.util.Optional<CvSection> byAnchor(String anchor) {
        return java.util.Arrays.stream(values()).filter(s -> s.anchor.equals(anchor)).findFirst();
    }
}
