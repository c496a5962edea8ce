package dev.cvtailor.generation.entity;

/** What a generated document is; {@link #code} is its name in the API and the database. */
public enum DocumentKind {
    CV("cv"), COVER_LETTER("cover_letter");

    public final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    public static DocumentKind ofCode(String code) {
        for (DocumentKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown document kind " + code);
    }
}
