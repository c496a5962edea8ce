package dev.cvtailor.generation.control;

import java.util.List;
import java.util.stream.Stream;

/** Words in English: joining names ("Java, Kafka and PostgreSQL") and counting them as a reader does. */
final class Words {

    private Words() {
    }

    static String list(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Runs of letters or digits; a web address counts once. */
    static int count(String text) {
        return (int) Stream.of(text.replaceAll("https?://\\S+", "x").split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).count();
    }
}
