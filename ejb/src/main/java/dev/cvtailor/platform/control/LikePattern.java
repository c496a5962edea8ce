package dev.cvtailor.platform.control;

/** A LIKE pattern that finds a text as typed: its own {@code %}, {@code _} and {@code \} are escaped. */
public final class LikePattern {

    /** The escape character to name in the query: {@code like :p escape '\'}. */
    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
