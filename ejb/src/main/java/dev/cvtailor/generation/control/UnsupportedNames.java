package dev.cvtailor.generation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a sentence uses that its sources never write: another employer ("Globex Corporation"), a product, a
 * certification nobody earned, a raised title ("Lead" for a Senior). Names are written capitalised, so a
 * capitalised word must be one the sources write (in any case), and a seniority word before a title ("Lead
 * Backend", "Head of") must be a phrase of the sources. A sentence's first word is capitalised anyway: it passes
 * when it reads as an opening (a verb in the past tense, an adverb, one of {@link #OPENINGS}) or the sources write
 * it.
 */
final class UnsupportedNames {

    /** Words that may open a sentence of a CV or letter without naming anything: function words, irregular verbs. */
    static final Set<String> OPENINGS = Set.of("a", "an", "the", "i", "as", "at", "in", "on", "for", "with", "by",
            "from", "to", "my", "our", "over", "since", "while", "during", "after", "before", "through", "across",
            "together", "along", "alongside", "when", "where", "here", "there", "this", "that", "these", "those", "it",
            "its", "each", "every", "both", "all", "also", "and", "but", "so", "then", "thank", "thanks", "kind",
            "best", "yours", "sincerely", "regards", "please", "what", "why", "how", "today", "now", "most", "more",
            "one", "two", "three", "first", "evidence", "dear", "beyond", "besides", "under", "within", "later",
            "earlier", "professional", "experienced", "skilled", "built", "led", "ran", "wrote", "cut", "made",
            "grew", "won", "taught", "set", "drove", "brought", "began", "took", "gave", "kept", "sent", "spent",
            "sold", "bought", "found", "held", "met", "paid", "put", "read", "saw", "spoke", "stood", "thought",
            "told", "understood", "chose", "became", "oversaw", "undertook", "rebuilt", "rewrote", "upheld",
            "worked", "having", "being", "some", "many", "several", "much", "key", "strong", "proven");
    /** Words a sentence may capitalise anywhere. */
    static final Set<String> COMMON = Set.of("i", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday");
    /** Words that raise a title when they stand before one. */
    static final Set<String> SENIORITY = Set.of("senior", "lead", "principal", "staff", "head", "chief", "director",
            "junior", "deputy", "vice", "executive", "associate", "assistant", "chartered");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private UnsupportedNames() {
    }

    /** The first name or title in the sentence the sources do not write, or null. */
    static String firstIn(String sentence, ClaimSupport support) {
        List<String> words = new ArrayList<>();
        List<Boolean> joinedToNext = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        int lastEnd = -1;
        while (m.find()) {
            if (lastEnd >= 0) {
                joinedToNext.add(sentence.substring(lastEnd, m.start()).isBlank());
            }
            words.add(m.group());
            lastEnd = m.end();
        }
        joinedToNext.add(false);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (SENIORITY.contains(lower) && joinedToNext.get(i)) {
                String next = words.get(i + 1);
                String title = word + " " + next;
                if ((Character.isUpperCase(next.charAt(0)) || next.equals("of")) && !support.says(title)) {
                    return title;
                }
            }
            if (support.words.contains(lower) || COMMON.contains(lower) || i == 0 && opens(lower)) {
                continue;
            }
            return word;
        }
        return null;
    }

    private static boolean opens(String word) {
        return OPENINGS.contains(word) || word.length() > 4
                && (word.endsWith("ed") || word.endsWith("ing") || word.endsWith("ly"));
    }
}
