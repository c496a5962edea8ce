package dev.cvtailor.platform.entity;

import java.util.Map;

/**
 * A week's quality against the product spec's targets: documents by generator and outcome, the average rating
 * (target 8 of 10), keyword coverage, the share of valid evidence links (target 95 %), the ATS self-check's pass rate
 * (target 65 %), and the 95th percentile of generation time (targets 30 s for a CV, 15 s for a letter). A measure
 * with nothing to measure is null, and so is whether it met its target.
 */
public record WeeklyQuality(Map<String, Long> generationsByGeneratorAndOutcome, Double averageRating, long ratings,
        Map<String, Long> keywordCoverage, Double validEvidenceLinkShare, long evidenceLinks, Double atsPassRate,
        long atsChecks, Double p95CvSeconds, Double p95LetterSeconds, Map<String, Boolean> targetsMet) {

    public static final double RATING_TARGET = 8.0;
    public static final double VALID_LINKS_TARGET = 0.95;
    public static final double ATS_PASS_TARGET = 0.65;
    public static final double CV_SECONDS_TARGET = 30;
    public static final double LETTER_SECONDS_TARGET = 15;
}
