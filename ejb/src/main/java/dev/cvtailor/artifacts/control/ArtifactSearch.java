package dev.cvtailor.artifacts.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cvtailor.platform.control.LikePattern;

/**
 * The JPQL condition for a full-text {@code q} over an artifact's search text. On PostgreSQL it is the
 * database's own full-text search (English stemming, web-search syntax: quoted phrases, {@code -word},
 * {@code or}) on the generated tsvector column and its GIN index; on H2, which has none, every word must occur
 * in the lower-case search text.
 */
public record ArtifactSearch(String condition, Map<String, Object> parameters) {

    static final int MAX_WORDS = 16;

    public static ArtifactSearch of(String q, boolean postgres) {
        if (postgres) {
            return new ArtifactSearch(" and SQL('? @@ websearch_to_tsquery(''english'', ?)',"
                    + " COLUMN('search_vector', a), :q)", Map.of("q", q));
        }
        List<String> words = Arrays.stream(q.toLowerCase(Locale.ROOT).split("[\\s\"]+"))
                .filter(w -> !w.isEmpty() && !w.startsWith("-") && !"or".equals(w))
                .limit(MAX_WORDS).toList();
        StringBuilder condition = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            condition.append(" and COLUMN('search_text', a) like :q").append(i).append(" escape '\\'");
            parameters.put("q" + i, LikePattern.containing(words.get(i)));
        }
        return new ArtifactSearch(condition.toString(), parameters);
    }
}
