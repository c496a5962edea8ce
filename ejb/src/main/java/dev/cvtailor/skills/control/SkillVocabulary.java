package dev.cvtailor.skills.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cvtailor.schema.SkillKey;
import dev.cvtailor.skills.entity.MatchMode;
import dev.cvtailor.skills.entity.SkillRef;

/**
 * Every spelling of the taxonomy in memory, and the reading of text against it. Text is cut into words that
 * keep the punctuation skills are written with ({@code C#}, {@code C++}, {@code .NET}, {@code Node.js},
 * {@code R&D}); the longest run of words that spells a skill wins, never across a comma or a sentence end.
 * A spelling that is also an ordinary word ({@link MatchMode#EXACT}) counts only as written and not as the
 * first word of a sentence or line ("Go to market" is not Go); a {@link MatchMode#DECLARED} one only in a
 * list of skills the user gives.
 */
public final class SkillVocabulary {

    /** One spelling of a skill. */
    public record Term(SkillRef skill, String spelling, MatchMode mode) {
    }

    private record Word(String text, boolean opensSentence, boolean closesClause) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}#+&./_'\u2019-]+");
    private static final int LONGEST_SKILL = 8;

    private final Map<String, Term> terms = new HashMap<>();
    private final int longest;

    public SkillVocabulary(Collection<Term> spellings) {
        int words = 1;
        for (Term term : spellings) {
            String key = SkillKey.of(term.spelling());
            terms.putIfAbsent(key, term);
            words = Math.max(words, key.split(" ").length);
        }
        this.longest = Math.min(words, LONGEST_SKILL);
    }

    public int size() {
        return terms.size();
    }

    /**
     * The skill a user means by a name in a list of skills: any of its spellings in any case, or else the
     * skills written inside it ("Java 17", "Go 1.22"), none when the taxonomy does not know it. Plain words
     * inside a longer name are not taken for skills ("Underwater basket weaving" is not Weaving).
     */
    public Set<SkillRef> named(String name) {
        Term term = terms.get(SkillKey.of(name));
        if (term != null) {
            return Set.of(term.skill());
        }
        return new LinkedHashSet<>(find(name, true).keySet());
    }

    /** The skills a piece of prose names, in the order it names them. */
    public Set<SkillRef> foundIn(String text) {
        return text == null || text.isBlank() ? Set.of() : new LinkedHashSet<>(find(text, false).keySet());
    }

    /** The skills a piece of prose names, each with the spelling it first uses ("AWS" for Amazon Web Services). */
    public Map<SkillRef, String> spellingsIn(String text) {
        return text == null || text.isBlank() ? Map.of() : find(text, false);
    }

    public Optional<SkillRef> exactly(String name) {
        return Optional.ofNullable(terms.get(SkillKey.of(name))).map(Term::skill);
    }

    private Map<SkillRef, String> find(String text, boolean declared) {
        List<Word> words = words(text);
        Map<SkillRef, String> found = new LinkedHashMap<>();
        int i = 0;
        while (i < words.size()) {
            Term hit = null;
            String hitSpelling = null;
            int length = 0;
            StringBuilder spelled = new StringBuilder();
            for (int n = 1; n <= longest && i + n <= words.size(); n++) {
                if (n > 1) {
                    if (words.get(i + n - 2).closesClause()) {
                        break;
                    }
                    spelled.append(' ');
                }
                spelled.append(words.get(i + n - 1).text());
                Term term = terms.get(SkillKey.of(spelled.toString()));
                if (term != null && accepts(term, words.get(i), spelled.toString(), declared)) {
                    hit = term;
                    hitSpelling = spelled.toString();
                    length = n;
                }
            }
            if (hit != null) {
                found.putIfAbsent(hit.skill(), hitSpelling);
                i += length;
            } else {
                i++;
            }
        }
        return found;
    }

    /** In a name from a list of skills ({@code inName}) a spelling written exactly counts even in first place. */
    private static boolean accepts(Term term, Word first, String written, boolean inName) {
        return switch (term.mode()) {
            case FREE -> true;
            case EXACT -> (inName || !first.opensSentence()) && written.equals(term.spelling());
            case DECLARED -> false;
        };
    }

    private List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        boolean sentenceEnded = true;
        while (m.find()) {
            String gap = text.substring(previousEnd, m.start());
            boolean opens = sentenceEnded || gap.chars().anyMatch(c -> ".!?\n\r\u2022*".indexOf(c) >= 0);
            if (!words.isEmpty() && gap.chars().anyMatch(c -> ",;:()[]{}\"|".indexOf(c) >= 0)) {
                Word last = words.remove(words.size() - 1);
                words.add(new Word(last.text(), last.opensSentence(), true));
            }
            if (opens && !words.isEmpty()) {
                Word last = words.remove(words.size() - 1);
                words.add(new Word(last.text(), last.opensSentence(), true));
            }
            String raw = m.group();
            String trimmedEnd = raw.replaceFirst("['\u2019]s$", "").replaceFirst("[.,'\u2019/&_!?-]+$", "");
            sentenceEnded = raw.matches(".*[.!?]$") && !trimmedEnd.isEmpty();
            String word = trimmedEnd.replaceFirst("^[-/'\u2019&_#]+", "").replaceFirst("^\\.(?!\\p{L})", "");
            previousEnd = m.end();
            if (!word.isEmpty()) {
                addWord(words, word, opens);
            }
        }
        return words;
    }

    /** A word that the taxonomy does not know whole is read as its parts: "Java/Kotlin", "Kubernetes-based". */
    private void addWord(List<Word> words, String word, boolean opens) {
        if (terms.containsKey(SkillKey.of(word)) || !(word.contains("/") || word.contains("-"))) {
            words.add(new Word(word, opens, false));
            return;
        }
        String[] alternatives = word.split("/");
        for (int a = 0; a < alternatives.length; a++) {
            String[] parts = alternatives[a].split("-");
            for (int p = 0; p < parts.length; p++) {
                if (!parts[p].isEmpty()) {
                    boolean last = p == parts.length - 1 && a < alternatives.length - 1;
                    words.add(new Word(parts[p], opens && a == 0 && p == 0, last));
                }
            }
        }
    }
}
