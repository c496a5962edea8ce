package dev.cvtailor.matching.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;
import dev.cvtailor.matching.entity.MatchCandidate;
import dev.cvtailor.matching.entity.MatchReport;
import dev.cvtailor.matching.entity.MatchReport.KeywordCoverage;
import dev.cvtailor.matching.entity.MatchReport.RankedArtifact;

/**
 * Ranks artifacts for a posting with a hybrid score, each part in 0..1 and shown to the user:
 * <ul>
 * <li>skill overlap (45 %): the weight of the posting's keywords the artifact backs (a taxonomy skill it shows,
 * or a term its text contains) over the weight of all, critical keywords counting double;</li>
 * <li>text relevance (20 %): BM25 of the artifact's text for the keywords' words, relative to the best
 * artifact;</li>
 * <li>similarity (25 %): cosine of the artifact's and the posting's embeddings (0 without them);</li>
 * <li>recency (10 %): 1 for work ongoing or ended within two years, halving every five years after.</li>
 * </ul>
 * A validated evidence link adds 5 points (capped at 100): proof makes a claim worth more.
 */
public final class ArtifactRanker {

    static final double SKILLS = 0.45;
    static final double TEXT = 0.20;
    static final double SIMILARITY = 0.25;
    static final double RECENCY = 0.10;
    static final double EVIDENCE_BONUS = 5;
    static final double BM25_K1 = 1.2;
    static final double BM25_B = 0.75;

    private ArtifactRanker() {
    }

    /**
     * An artifact backs a keyword when it shows the keyword's taxonomy skill or, for a term outside the taxonomy,
     * when its text says the term. An alternative of a requirement that another alternative meets ("Go or Python",
     * Python backed) is neither critical nor counted against the score.
     */
    public static MatchReport rank(List<Keyword> keywords, float[] postingEmbedding, List<MatchCandidate> candidates,
            LocalDate today) {
        Map<Long, List<String>> matched = new HashMap<>();
        Map<Long, Double> backedWeight = new HashMap<>();
        Map<Long, String> lowered = new HashMap<>();
        candidates.forEach(c -> lowered.put(c.id(), c.text() == null ? "" : c.text().toLowerCase(Locale.ROOT)));
        List<KeywordCoverage> coverage = new ArrayList<>();
        double total = 0;
        double covered = 0;
        List<List<Long>> backersOf = new ArrayList<>();
        Set<String> metAlternatives = new HashSet<>();
        for (Keyword keyword : keywords) {
            String term = keyword.term().toLowerCase(Locale.ROOT);
            List<Long> backers = candidates.stream()
                    .filter(c -> keyword.skill() != null ? c.skills().contains(keyword.skill())
                            : lowered.get(c.id()).contains(term))
                    .map(MatchCandidate::id).toList();
            backersOf.add(backers);
            if (keyword.anyOf() != null && !backers.isEmpty()) {
                metAlternatives.add(keyword.anyOf());
            }
        }
        for (int i = 0; i < keywords.size(); i++) {
            Keyword keyword = keywords.get(i);
            List<Long> backers = backersOf.get(i);
            // "Go or Python" is one requirement: once Python is backed, Go is no longer a missing must-have
            boolean otherwiseMet = backers.isEmpty() && keyword.anyOf() != null
                    && metAlternatives.contains(keyword.anyOf());
            boolean critical = keyword.critical() && !otherwiseMet;
            double weight = keyword.weight() * (critical ? 2 : 1);
            for (Long id : backers) {
                matched.computeIfAbsent(id, k -> new ArrayList<>()).add(keyword.term());
                backedWeight.merge(id, weight, Double::sum);
            }
            coverage.add(new KeywordCoverage(keyword.term(), keyword.skill(), critical, keyword.weight(),
                    !backers.isEmpty(), backers));
            if (!otherwiseMet) {
                total += weight;
                covered += backers.isEmpty() ? 0 : weight;
            }
        }
        Map<Long, Double> bm25 = bm25(queryWords(keywords), candidates);
        double bestText = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<RankedArtifact> ranked = new ArrayList<>();
        for (MatchCandidate candidate : candidates) {
            double skills = total == 0 ? 0 : backedWeight.getOrDefault(candidate.id(), 0.0) / total;
            double text = bestText == 0 ? 0 : bm25.getOrDefault(candidate.id(), 0.0) / bestText;
            double similarity = Math.max(0, cosine(candidate.embedding(), postingEmbedding));
            double recency = recency(candidate, today);
            double score = 100 * (SKILLS * skills + TEXT * text + SIMILARITY * similarity + RECENCY * recency)
                    + (candidate.validEvidence() > 0 ? EVIDENCE_BONUS : 0);
            ranked.add(new RankedArtifact(candidate.id(), candidate.title(), (int) Math.round(Math.min(100, score)),
                    matched.getOrDefault(candidate.id(), List.of()), round(skills), round(text), round(similarity),
                    round(recency), candidate.validEvidence()));
        }
        ranked.sort(Comparator.comparingInt(RankedArtifact::score).reversed().thenComparingLong(RankedArtifact::id));
        return new MatchReport(total == 0 ? 0 : (int) Math.round(100 * covered / total), coverage, ranked);
    }

    private static Set<String> queryWords(List<Keyword> keywords) {
        Set<String> words = new LinkedHashSet<>();
        keywords.forEach(k -> words.addAll(words(k.skill() != null ? k.skill() : k.term())));
        return words;
    }

    /** The text's words in lower case (letters, digits, # and +), at least two characters long. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '#' || c == '+') {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                if (word.length() > 1) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        return words;
    }

    /** Okapi BM25 of each artifact's text for the query words. */
    private static Map<Long, Double> bm25(Set<String> query, List<MatchCandidate> candidates) {
        Map<Long, Map<String, Integer>> frequencies = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<Long, Integer> lengths = new HashMap<>();
        long totalLength = 0;
        for (MatchCandidate candidate : candidates) {
            List<String> words = words(candidate.title() + " " + candidate.text());
            Map<String, Integer> tf = new HashMap<>();
            for (String word : words) {
                if (query.contains(word)) {
                    tf.merge(word, 1, Integer::sum);
                }
            }
            tf.keySet().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
            frequencies.put(candidate.id(), tf);
            lengths.put(candidate.id(), words.size());
            totalLength += words.size();
        }
        double averageLength = candidates.isEmpty() ? 1 : Math.max(1, (double) totalLength / candidates.size());
        Map<Long, Double> scores = new HashMap<>();
        int n = candidates.size();
        frequencies.forEach((id, tf) -> {
            double score = 0;
            for (Map.Entry<String, Integer> term : tf.entrySet()) {
                int df = documentFrequency.get(term.getKey());
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                double f = term.getValue();
                score += idf * f * (BM25_K1 + 1)
                        / (f + BM25_K1 * (1 - BM25_B + BM25_B * lengths.get(id) / averageLength));
            }
            scores.put(id, score);
        });
        return scores;
    }

    static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length || a.length == 0) {
            return 0;
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    static double recency(MatchCandidate candidate, LocalDate today) {
        LocalDate end = candidate.endedOn();
        if (end == null) {
            return candidate.startedOn() == null ? 0.5 : 1;
        }
        double years = Math.max(0, ChronoUnit.DAYS.between(end, today) / 365.25 - 2);
        return Math.pow(0.5, years / 5);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
