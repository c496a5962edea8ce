package dev.cvtailor.generation.control;

import java.util.List;

/** Joining names into English: "Java", "Java and Kafka", "Java, Kafka and PostgreSQL". */
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
}
