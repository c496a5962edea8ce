package dev.cvtailor.generation.control;

import java.util.List;

import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.CvSection;

/** The plain-text rendering of a CV: what an applicant-tracking system would read, and the API's {@code text}. */
public final class CvPlainText {

    private CvPlainText() {
    }

    public static String render(CvContent cv) {
        StringBuilder out = new StringBuilder();
        CvContent.Header header = cv.header();
        out.append(header.name()).append('\n');
        String contact = String.join(" | ", java.util.stream.Stream.of(header.email(), header.phone(), header.location())
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!contact.isEmpty()) {
            out.append(contact).append('\n');
        }
        header.links().forEach(link -> out.append(link).append('\n'));
        if (cv.summary() != null && !cv.summary().isBlank()) {
            out.append("\nSUMMARY\n").append(cv.summary()).append('\n');
        }
        if (!cv.skills().isEmpty()) {
            out.append("\nSKILLS\n")
                    .append(String.join(", ", cv.skills().stream().map(CvContent.Skill::name).toList()))
                    .append('\n');
        }
        for (CvSection section : CvSection.values()) {
            section(out, section, section.entriesOf(cv));
        }
        return out.toString();
    }

    /** Each entry as parsers read it: its title on a line of its own, then the organisation, then the dates. */
    private static void section(StringBuilder out, CvSection section, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.append('\n').append(section.heading.toUpperCase(java.util.Locale.ROOT)).append('\n');
        for (Entry entry : entries) {
            out.append(entry.title()).append('\n');
            if (entry.organisation() != null && !entry.organisation().isBlank()) {
                out.append(entry.organisation()).append('\n');
            }
            String dates = section.dates(entry.startedOn(), entry.endedOn());
            if (!dates.isEmpty()) {
                out.append(dates).append('\n');
            }
            entry.bullets().forEach(b -> out.append("- ").append(b.text()).append('\n'));
        }
    }
}
