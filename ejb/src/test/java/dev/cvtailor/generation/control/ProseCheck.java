package dev.cvtailor.generation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * The generation evaluation's reader of prose: LanguageTool (British English, its own rules and dictionary) on the
 * sentences a generated document writes. Errors are the matches of its grammar, typo and confused-word categories
 * and its a/an and doubled-word rules (which it files under "miscellaneous"); a spelling
 * flag on words the user's artifacts or the posting write themselves (a product, a name: "PostgreSQL") is theirs,
 * not the generator's, and is counted apart, as is an error inside a stretch of the user's own words copied as they
 * stand (the flagged words and a word or two beside them). Everything else it says is a style hint, reported, never failed on.
 * Each distinct sentence is read once.
 */
final class ProseCheck {

    /** Grammar and typos, and the errors LanguageTool files elsewhere: their/there, a/an, a doubled word. */
    static final Set<String> ERROR_CATEGORIES = Set.of("GRAMMAR", "TYPOS", "CONFUSED_WORDS");
    static final Set<String> ERROR_RULES = Set.of("EN_A_VS_AN", "ENGLISH_WORD_REPEAT_RULE");

    record Issue(String category, String rule, String message, String flagged, String sentence) {
        @Override
        public String toString() {
            return category + "/" + rule + " \"" + flagged + "\" in \"" + sentence + "\": " + message;
        }
    }

    private final JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("en-GB"));
    private final Map<String, List<RuleMatch>> read = new HashMap<>();
    final List<Issue> errors = new ArrayList<>();
    final Map<String, Integer> theirWords = new TreeMap<>();
    final Map<String, Integer> hints = new TreeMap<>();
    /** Errors inside words the user's artifacts (or the posting) write themselves, copied as they stand. */
    final Map<String, Integer> theirSentences = new TreeMap<>();
    int sentences;

    /** Reads a sentence of a document whose sources (artifacts, posting) are {@code sources}. */
    void check(String sentence, String sources) {
        sentences++;
        for (RuleMatch match : read.computeIfAbsent(sentence, this::matches)) {
            String category = match.getRule().getCategory().getId().toString();
            String flagged = sentence.substring(match.getFromPos(), match.getToPos());
            if (!ERROR_CATEGORIES.contains(category) && !ERROR_RULES.contains(match.getRule().getId())) {
                hints.merge(category + "/" + match.getRule().getId(), 1, Integer::sum);
            } else if (category.equals("TYPOS") && AdversarialModel.mentions(sources, flagged)) {
                theirWords.merge(flagged, 1, Integer::sum);
            } else if (copied(sentence, match.getFromPos(), match.getToPos(), sources)) {
                theirSentences.merge(category + "/" + match.getRule().getId() + " \"" + flagged + "\"", 1,
                        Integer::sum);
            } else {
                errors.add(new Issue(category, match.getRule().getId(), match.getMessage(), flagged, sentence));
            }
        }
    }

    /**
     * Whether the flagged words, with one or two words before or after them, are a stretch the sources write
     * (any case): then the error was copied from the user's artifact or the posting's own title.
     */
    static boolean copied(String sentence, int from, int to, String sources) {
        String lowerSources = sources.toLowerCase(java.util.Locale.ROOT);
        for (int before = 0; before <= 2; before++) {
            for (int after = 0; after <= 2; after++) {
                if (before + after == 0) {
                    continue;
                }
                int start = from;
                for (int words = 0; words < before && start > 0; ) {
                    start--;
                    if (start == 0 || sentence.charAt(start - 1) == ' ') {
                        words++;
                    }
                }
                int end = to;
                for (int words = 0; words < after && end < sentence.length(); ) {
                    end++;
                    if (end == sentence.length() || sentence.charAt(end) == ' ') {
                        words++;
                    }
                }
                String stretch = sentence.substring(start, end).strip().replaceAll("[.,;:]$", "");
                if (lowerSources.contains(stretch.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence opens with a verb in the past tense (LanguageTool's tagger: VBD or VBN). */
    boolean opensInThePast(String sentence) {
        try {
            AnalyzedSentence analysed = tool.getAnalyzedSentence(sentence);
            AnalyzedTokenReadings[] tokens = analysed.getTokensWithoutWhitespace();
            return tokens.length > 1 && (tokens[1].hasPosTag("VBD") || tokens[1].hasPosTag("VBN"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<RuleMatch> matches(String sentence) {
        try {
            return tool.check(sentence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
