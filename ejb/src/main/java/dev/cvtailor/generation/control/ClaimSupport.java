package dev.cvtailor.generation.control;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence may draw on: the numbers, skills and words of the artifacts behind it, and their wording in runs
 * of {@value #RUN} words (so that a sentence sharing such a run with the posting, and not with the artifacts, is
 * known to be copied from the posting).
 */
final class ClaimSupport {

    /** Words a name or a copied phrase is read in: letters and digits, everything else separates them. */
    static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** How many words in a row make a phrase: long enough that stock phrases ("in a fast-paced team") do not count. */
    static final int RUN = 6;

    final Set<String> numbers = new HashSet<>();
    final Set<String> skills = new HashSet<>();
    /** Every word the sources write, lower case. */
    final Set<String> words = new HashSet<>();
    final Set<String> runs = new HashSet<>();
    private final StringBuilder text = new StringBuilder();

    ClaimSupport add(String prose) {
        if (prose == null || prose.isBlank()) {
            return this;
        }
        text.append('\n').append(prose);
        List<String> tokens = words(prose);
        words.addAll(tokens);
        runs.addAll(runs(tokens));
        return this;
    }

    ClaimSupport addAll(ClaimSupport other) {
        numbers.addAll(other.numbers);
        skills.addAll(other.skills);
        words.addAll(other.words);
        runs.addAll(other.runs);
        text.append('\n').append(other.text);
        return this;
    }

    /** Whether the sources say the phrase, as whole words in any case. */
    boolean says(String phrase) {
        return Sentences.says(text.toString(), phrase);
    }

    static List<String> words(String prose) {
        return List.of(WORD_BREAK.split(prose.toLowerCase(Locale.ROOT).strip())).stream()
                .filter(word -> !word.isEmpty()).toList();
    }

    static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
