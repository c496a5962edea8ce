package dev.cvtailor.generation.entity;

import java.util.Locale;

/** How a document sounds. Tone changes wording, never what is claimed. */
public enum Tone {
    PROFESSIONAL, ENTHUSIASTIC, CONCISE;

    /** The tone a request names (any case), professional when it names none; null when it names an unknown one. */
    public static Tone of(String name) {
        if (name == null || name.isBlank()) {
            return PROFESSIONAL;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
