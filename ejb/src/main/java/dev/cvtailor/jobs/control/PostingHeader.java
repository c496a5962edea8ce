package dev.cvtailor.jobs.control;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title, employer and place a posting announces in its first lines, as postings usually write them:
 * "Senior Backend Engineer (Java) — Fjordline Payments, Oslo (hybrid)", "Data Engineer at Acme", or the title alone
 * with "Pixelharbor Studio, Amsterdam", "Brightwater Cloud — Copenhagen" or "at Acme" on the next line.
 */
record PostingHeader(String title, String company, String location) {

    private static final String DASH = "(?:—|–|\\s-\\s|\\|)";
    /** The title, then the employer (and maybe the place) after a dash, a bar, "at" or "@". */
    private static final Pattern TITLE_THEN_EMPLOYER = Pattern.compile(
            "^(.{3,80}?)\\s*(?:" + DASH + "|\\s(?:at|@)\\s)\\s*(\\p{Lu}.{1,80})$");
    /** An employer and a place: "Pixelharbor Studio, Amsterdam", "Brightwater Cloud — Copenhagen". */
    private static final Pattern EMPLOYER_AND_PLACE = Pattern.compile(
            "^(?:at\\s+)?(\\p{Lu}[^,—–|]{0,60}?)\\s*(?:,|" + DASH + ")\\s*(\\p{Lu}.{1,60})$");
    private static final Pattern AT_EMPLOYER = Pattern.compile("^at\\s+(\\p{Lu}.{1,60})$", Pattern.CASE_INSENSITIVE);

    /**
     * A first line that is a sentence, the posting's hook rather than its title: it ends as sentences do, or opens
     * as they do ("We create better everyday conditions for people.", "Are you a true sports enthusiast?").
     */
    private static final Pattern SENTENCE = Pattern.compile("[.?!]$|^(?:We|It|You|Are|Our|Do|Is|Join|If|This"
            + "|Looking|Want|Would|Come|Help)\\b");

    /**
     * Reads the lines before the posting's first heading; nulls for what they do not say. What {@code aSkill} names
     * is a specialism of the title, not an employer ("Software Engineer - Java").
     */
    static PostingHeader of(List<String> lines, Predicate<String> aSkill) {
        if (lines.isEmpty() || lines.get(0).length() > 160) {
            return new PostingHeader(null, null, null);
        }
        String first = lines.get(0).strip();
        Matcher titled = TITLE_THEN_EMPLOYER.matcher(first);
        if (titled.matches()) {
            PostingHeader rest = employer(titled.group(2).strip());
            if (aSkill.test(rest.company())) {
                return new PostingHeader(first.length() <= 100 ? first : null, null, null);
            }
            return new PostingHeader(titled.group(1).strip(), rest.company(), rest.location());
        }
        String title = first.length() <= 100 && !SENTENCE.matcher(first).find() ? first : null;
        if (lines.size() > 1 && headerLike(lines.get(1))) {
            PostingHeader second = employer(lines.get(1).strip());
            if (second.company() != null && !aSkill.test(second.company())
                    && (second.location() != null || lines.get(1).strip().startsWith("at "))) {
                return new PostingHeader(title, second.company(), second.location());
            }
        }
        return new PostingHeader(title, null, null);
    }

    private static PostingHeader employer(String text) {
        Matcher both = EMPLOYER_AND_PLACE.matcher(text);
        if (both.matches()) {
            return new PostingHeader(null, both.group(1).strip(), both.group(2).strip());
        }
        Matcher at = AT_EMPLOYER.matcher(text);
        return new PostingHeader(null, at.matches() ? at.group(1).strip() : text, null);
    }

    /** A short line that is not a sentence. */
    private static boolean headerLike(String line) {
        String text = line.strip();
        return text.length() >= 3 && text.length() <= 80 && !text.endsWith(".") && !text.endsWith(":")
                && text.split("\\s+").length <= 10;
    }
}
