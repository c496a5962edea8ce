package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.util.List;

import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Entry;

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
        section(out, "EXPERIENCE", cv.experience());
        section(out, "PROJECTS", cv.projects());
        section(out, "EDUCATION", cv.education());
        section(out, "CERTIFICATIONS", cv.certifications());
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        for (Entry entry : entries) {
            out.append(entry.title());
            if (entry.organisation() != null && !entry.organisation().isBlank()) {
                out.append(", ").append(entry.organisation());
            }
            String dates = dates(entry.startedOn(), entry.endedOn());
            if (!dates.isEmpty()) {
                out.append(" (").append(dates).append(')');
            }
            out.append('\n');
            entry.bullets().forEach(b -> out.append("- ").append(b.text()).append('\n'));
        }
    }

    /** "2021-03 – 2023-01", "2021-03 – present", or nothing when the artifact has no dates. */
    public static String dates(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        String start = from == null ? "" : from.toString().substring(0, 7);
        String end = to == null ? "present" : to.toString().substring(0, 7);
        return start.isEmpty() ? end : start + " – " + end;
    }
}
