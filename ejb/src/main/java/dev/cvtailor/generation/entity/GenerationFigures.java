package dev.cvtailor.generation.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The documents of a period, for the reports: requested, failed, by generator and outcome ("template/ready"), the
 * average rating (1–10, null when none) of how many, the spread of keyword coverage, and the 95th percentile of the
 * seconds from request to finish, per kind (null when none finished).
 */
public record GenerationFigures(long requested, long failed, Map<String, Long> byGeneratorAndOutcome,
        Double averageRating, long ratings, Map<String, Long> coverage, Double p95CvSeconds, Double p95LetterSeconds) {

    /** The keyword-coverage bands, by the share of the posting's critical keywords a document covers. */
    public static final List<String> COVERAGE_BANDS = List.of("0-50%", "50-70%", "70-90%", "90-100%");

    public static String band(double ratio) {
        if (ratio < 0.5) {
            return COVERAGE_BANDS.get(0);
        }
        if (ratio < 0.7) {
            return COVERAGE_BANDS.get(1);
        }
        return ratio < 0.9 ? COVERAGE_BANDS.get(2) : COVERAGE_BANDS.get(3);
    }

    /** The nearest-rank 95th percentile. */
    public static Double p95(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }
}
