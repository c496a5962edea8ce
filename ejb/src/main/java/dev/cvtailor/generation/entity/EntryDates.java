package dev.cvtailor.generation.entity;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * An entry's dates as résumé parsers and readers expect them: "Mar 2021 – Present", "Sep 2016 – Jun 2019", never
 * "2021-03"; one date ("May 2022") for what happened once, such as a certification. English, the documents'
 * language.
 */
public final class EntryDates {

    private static final Locale LANGUAGE = Locale.ENGLISH;

    private EntryDates() {
    }

    /** The span of a position, a project or a course of study; nothing when the entry has no dates. */
    public static String span(LocalDate from, LocalDate to) {
        if (from == null) {
            return to == null ? "" : month(to);
        }
        return month(from) + " – " + (to == null ? "Present" : month(to));
    }

    /** The date of something that happened once: the first date known. */
    public static String once(LocalDate from, LocalDate to) {
        return from != null ? month(from) : to != null ? month(to) : "";
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, LANGUAGE) + " " + date.getYear();
    }
}
