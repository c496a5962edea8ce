package dev.cvtailor.export.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.CvSection;

/**
 * Reads the text of an exported CV line by line, the way field-level résumé parsers do, and names each field it
 * does not find where it belongs: the name on the first line; e-mail, phone, location and links each a field of
 * their own on the contact line; each standard heading once, on a line of its own, in order; each skill an item of
 * the skills list; each entry's title on its own line(s), its organisation on the next, its dates on the one after.
 * The text may come from any extractor (PDFBox, POI, pdftotext, pdf.js, mutool): nothing here depends on how it
 * was read.
 */
public final class FieldCheck {

    private static final String SUMMARY = "Summary";
    private static final String SKILLS = "Skills";
    private static final Set<String> HEADINGS = Stream.concat(Stream.of(SUMMARY, SKILLS),
            Arrays.stream(CvSection.values()).map(section -> section.heading)).map(FieldCheck::normalised)
            .collect(Collectors.toUnmodifiableSet());

    private FieldCheck() {
    }

    /** What is missing or misplaced in {@code text}, the text of {@code cv}'s rendering; empty when all is found. */
    public static List<String> of(String text, CvContent cv) {
        List<String> lines = lines(text);
        List<String> findings = new ArrayList<>();
        CvContent.Header header = cv.header();
        if (lines.isEmpty() || !lines.get(0).equals(normalised(header.name()))) {
            findings.add("name \"" + header.name() + "\" is not the first line");
        }
        contact(lines, header, findings);
        headings(lines, cv, findings);
        skills(lines, cv, findings);
        Cursor cursor = new Cursor(lines);
        for (CvSection section : CvSection.values()) {
            List<Entry> entries = section.entriesOf(cv);
            if (entries.isEmpty() || !cursor.seek(normalised(section.heading))) {
                continue;
            }
            for (Entry entry : entries) {
                String where = section.heading + " \"" + entry.title() + "\"";
                if (!cursor.seek(normalised(entry.title()))) {
                    findings.add(where + ": the title is not on a line of its own");
                    continue;
                }
                if (present(entry.organisation()) && !cursor.next(normalised(entry.organisation()))) {
                    findings.add(where + ": the organisation \"" + entry.organisation()
                            + "\" is not on the line after the title");
                }
                String dates = section.dates(entry.startedOn(), entry.endedOn());
                if (!dates.isEmpty() && !cursor.next(normalised(dates))) {
                    findings.add(where + ": the dates \"" + dates + "\" are not on the line after the organisation");
                }
            }
        }
        return findings;
    }

    /** A letter: the sender, the employer and role, then each paragraph's opening words, in order. */
    public static List<String> of(String text, CoverLetterContent letter) {
        List<String> expected = new ArrayList<>();
        Stream.of(letter.header().name(), letter.header().email(), letter.header().phone())
                .filter(FieldCheck::present).forEach(expected::add);
        if (letter.recipient() != null) {
            Stream.of(letter.recipient().company(), letter.recipient().role()).filter(FieldCheck::present)
                    .forEach(expected::add);
        }
        expected.add(letter.salutation());
        letter.paragraphs().forEach(p -> expected.add(firstWords(p.text())));
        String haystack = String.join(" ", lines(text));
        List<String> findings = new ArrayList<>();
        int at = 0;
        for (String item : expected) {
            String needle = normalised(item);
            int found = haystack.indexOf(needle, at);
            if (found >= 0) {
                at = found + needle.length();
            } else {
                findings.add("\"" + item + "\" is " + (haystack.contains(needle) ? "out of order" : "not found"));
            }
        }
        return findings;
    }

    private static void contact(List<String> lines, CvContent.Header header, List<String> findings) {
        List<String> fields = lines.stream().skip(1).takeWhile(line -> !HEADINGS.contains(line))
                .flatMap(line -> Arrays.stream(line.split("\\|"))).map(String::strip).toList();
        Stream.concat(Stream.of(header.email(), header.phone(), header.location()), header.links().stream())
                .filter(FieldCheck::present)
                .filter(detail -> !fields.contains(normalised(detail)))
                .forEach(detail -> findings.add("contact \"" + detail + "\" is not a field of its own on the"
                        + " contact line"));
    }

    private static void headings(List<String> lines, CvContent cv, List<String> findings) {
        List<String> expected = new ArrayList<>();
        if (present(cv.summary())) {
            expected.add(SUMMARY);
        }
        if (!cv.skills().isEmpty()) {
            expected.add(SKILLS);
        }
        Arrays.stream(CvSection.values()).filter(section -> !section.entriesOf(cv).isEmpty())
                .forEach(section -> expected.add(section.heading));
        List<String> found = lines.stream().filter(HEADINGS::contains).toList();
        List<String> wanted = expected.stream().map(FieldCheck::normalised).toList();
        if (!found.equals(wanted)) {
            findings.add("headings read " + found + " where the CV has " + wanted);
        }
    }

    private static void skills(List<String> lines, CvContent cv, List<String> findings) {
        int start = lines.indexOf(normalised(SKILLS));
        if (cv.skills().isEmpty() || start < 0) {
            return;
        }
        List<String> items = Arrays.stream(lines.stream().skip(start + 1L).takeWhile(line -> !HEADINGS.contains(line))
                .collect(Collectors.joining(" ")).split(",")).map(String::strip).toList();
        cv.skills().stream().map(CvContent.Skill::name).filter(name -> !items.contains(normalised(name)))
                .forEach(name -> findings.add("skill \"" + name + "\" is not an item of the skills list"));
    }

    /** The text's non-blank lines, normalised. */
    private static List<String> lines(String text) {
        return text.lines().map(FieldCheck::normalised).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * What a parser's match ignores: case, runs of white space, ligatures and compatibility forms (NFKC), the kind
     * of dash.
     */
    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String firstWords(String paragraph) {
        String[] words = paragraph.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(5, words.length)));
    }

    /** A position in the lines; a field may wrap over several lines, which together read as the field. */
    private static final class Cursor {

        private final List<String> lines;
        private int at;

        Cursor(List<String> lines) {
            this.lines = lines;
        }

        /** Finds the field at or after the position, and moves past it. */
        boolean seek(String field) {
            for (int i = at; i < lines.size(); i++) {
                int end = endOf(field, i);
                if (end > 0) {
                    at = end;
                    return true;
                }
            }
            return false;
        }

        /** The field on the very next line(s), moving past it. */
        boolean next(String field) {
            int end = endOf(field, at);
            if (end > 0) {
                at = end;
            }
            return end > 0;
        }

        private int endOf(String field, int from) {
            StringBuilder read = new StringBuilder();
            for (int i = from; i < lines.size(); i++) {
                read.append(read.isEmpty() ? "" : " ").append(lines.get(i));
                String sofar = read.toString();
                if (sofar.equals(field)) {
                    return i + 1;
                }
                if (!field.startsWith(sofar + " ") && !field.startsWith(sofar)) {
                    return -1;
                }
            }
            return -1;
        }
    }
}
