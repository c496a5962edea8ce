package dev.cvtailor.reviews.entity;

import java.util.List;

/**
 * How a cohort is doing, in aggregates only. Every figure drawn from fewer than {@link #MIN_MEMBERS} members is
 * suppressed (null, {@code suppressed: true}), so no figure points at one person.
 */
public record CohortInsights(long cohortId, String cohortName, Figure members, Figure documents, Figure submitted,
        Figure approved, Figure medianHoursToFirstReview, Figure medianHoursToApproval, Figure readiness,
        List<KeywordGap> skillGaps, boolean skillGapsSuppressed, Figure validEvidenceShare) {

    public static final int MIN_MEMBERS = 5;

    /** One figure, or null when suppressed (too few members) or undefined (nothing to measure). */
    public record Figure(Double value, boolean suppressed) {

        public static final Figure SUPPRESSED = new Figure(null, true);

        public static Figure of(double value) {
            return new Figure(value, false);
        }

        public static Figure none() {
            return new Figure(null, false);
        }
    }

    /** A critical posting keyword the members' artifacts fail to back, and how many members it holds back. */
    public record KeywordGap(String keyword, long members) {
    }
}
