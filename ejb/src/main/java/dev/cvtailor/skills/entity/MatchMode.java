package dev.cvtailor.skills.entity;

/** Where a spelling may name its skill. */
public enum MatchMode {

    /** Anywhere, in any case ("Kubernetes", "k8s", "machine learning"). */
    FREE,
    /** In free text only as written and not opening a sentence: an ordinary word too ("Go", "R", "Swift"). */
    EXACT,
    /** Only in a list of skills the user gives; in prose it is a plain word ("communication", "care"). */
    DECLARED;

    /**
     * How a spelling imported from ESCO or O*NET may match: phrases and spellings with digits or symbols
     * freely; one capitalised word as written (a product name, maybe a word too); one lower-case word only
     * when declared, because it is most likely an ordinary word.
     */
    public static MatchMode ofImported(String spelling) {
        String s = spelling.strip();
        if (s.contains(" ") || !s.chars().allMatch(Character::isLetter)) {
            return FREE;
        }
        return Character.isUpperCase(s.codePointAt(0)) ? EXACT : DECLARED;
    }
}
