package dev.cvtailor.generation.control;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An artifact's prose cut into the sentences a bullet is made of, and the numbers a claim holds. */
public final class Sentences {

    /** 40%, 3.5, 1,200, 2019: digits with their separators and a percent sign, as a claim would state them. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*(?:\\s?%)?");
    /** Openings that say nothing a bullet needs ("I was responsible for building ..." → "Building ..."). */
    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:i|we) (?:was|were|am|have been) (?:responsible for|in charge of|tasked with)|"
                    + "responsible for|in charge of|tasked with|(?:i|we) (?:also )?)\\s+",
            Pattern.CASE_INSENSITIVE);
    static final int MAX_SENTENCE = 400;

    private Sentences() {
    }

    /** The text's sentences and list items, in order, whitespace collapsed; none shorter than three words. */
    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        for (String line : text.split("\\R")) {
            String item = line.strip().replaceFirst("^(?:[-*•▪◦‣]|\\d+[.)])\\s+", "");
            BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            breaks.setText(item);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = item.substring(start, end).strip().replaceAll("\\s+", " ");
                if (sentence.split(" ").length >= 3 && sentence.length() <= MAX_SENTENCE) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /** The sentence without a filler opening, capitalised, ending with a full stop. */
    public static String tightened(String sentence) {
        String tight = FILLER.matcher(sentence.strip()).replaceFirst("");
        if (tight.isEmpty()) {
            return sentence.strip();
        }
        tight = Character.toUpperCase(tight.charAt(0)) + tight.substring(1);
        char last = tight.charAt(tight.length() - 1);
        return last == '.' || last == '!' || last == '?' ? tight : tight + ".";
    }

    /**
     * The numbers a text states, separators removed ("1,200" and "1200" are the same claim), a percentage kept
     * apart from the plain number ("40%" is not "a team of 40").
     */
    public static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        if (text == null) {
            return numbers;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group().replace(",", "").replace(" ", "");
            numbers.add(number.endsWith(".") ? number.substring(0, number.length() - 1) : number);
        }
        return numbers;
    }

    /** Whether the sentence says the term (a whole word or phrase, any case). */
    public static boolean says(String sentence, String term) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        String wanted = term.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(wanted);
        while (at >= 0) {
            boolean before = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            int end = at + wanted.length();
            boolean after = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (before && after) {
                return true;
            }
            at = lower.indexOf(wanted, at + 1);
        }
        return false;
    }
}
