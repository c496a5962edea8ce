package dev.cvtailor.schema;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The spelling-insensitive key under which the taxonomy stores each skill name and alias ({@code name_key},
 * {@code alias_key}): Unicode-normalised, lower case, a hyphen read as a space ("go-to-market",
 * "Spring-Boot"), single spaces. Other punctuation is kept, because it tells
 * {@code C#}, {@code C++} and {@code .NET} from {@code C} and {@code NET}. Whoever looks a spelling up in the
 * taxonomy uses this same key.
 */
public final class SkillKey {

    private SkillKey() {
    }

    public static String of(String spelling) {
        return Normalizer.normalize(spelling, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\u2010\u2011-]+", " ")
                .strip();
    }
}
