package dev.cvtailor.reviews.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cvtailor.generation.boundary.GenerationService.OwnerDocuments;
import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.reviews.entity.CohortInsights;
import dev.cvtailor.reviews.entity.CohortInsights.Figure;
import dev.cvtailor.reviews.entity.CohortInsights.KeywordGap;
import dev.cvtailor.reviews.entity.Review;
import dev.cvtailor.reviews.entity.ReviewState;

/** Computes a cohort's insights from its members' documents, submissions and evidence, suppressing small cells. */
public final class CohortFigures {

    static final int TOP_GAPS = 10;

    private CohortFigures() {
    }

    public static CohortInsights of(long cohortId, String name, List<Long> members,
            Map<Long, OwnerDocuments> documents, List<Review> reviews, long[] validAndTotalLinks) {
        int n = members.size();
        if (n < CohortInsights.MIN_MEMBERS) {
            return new CohortInsights(cohortId, name, Figure.SUPPRESSED, Figure.SUPPRESSED, Figure.SUPPRESSED,
                    Figure.SUPPRESSED, Figure.SUPPRESSED, Figure.SUPPRESSED, Figure.SUPPRESSED, List.of(), true,
                    Figure.SUPPRESSED);
        }
        long documentCount = documents.values().stream().mapToLong(d -> d.count()[0]).sum();
        long approvedCount = reviews.stream().filter(r -> r.getState() == ReviewState.APPROVED).count();
        Set<Long> ready = new HashSet<>();
        reviews.stream().filter(r -> r.getState() == ReviewState.APPROVED && r.getDocumentKind() == DocumentKind.CV)
                .forEach(r -> ready.add(r.getOwnerId()));
        return new CohortInsights(cohortId, name, Figure.of(n), Figure.of(documentCount), Figure.of(reviews.size()),
                Figure.of(approvedCount),
                medianHours(reviews.stream().filter(r -> r.getFirstReviewedAt() != null).toList(), false),
                medianHours(reviews.stream().filter(r -> r.getState() == ReviewState.APPROVED
                        && r.getDecidedAt() != null).toList(), true),
                Figure.of(round((double) ready.size() / n)), gaps(documents), false,
                validAndTotalLinks[1] == 0 ? Figure.none() : Figure.of(round((double) validAndTotalLinks[0]
                        / validAndTotalLinks[1])));
    }

    /** The median waiting time in hours, over submissions of at least five different members. */
    private static Figure medianHours(List<Review> reviews, boolean toDecision) {
        if (reviews.stream().map(Review::getOwnerId).distinct().count() < CohortInsights.MIN_MEMBERS) {
            return reviews.isEmpty() ? Figure.none() : Figure.SUPPRESSED;
        }
        List<Double> hours = reviews.stream().map(r -> Duration.between(r.getSubmittedAt(),
                toDecision ? r.getDecidedAt() : r.getFirstReviewedAt()).toSeconds() / 3600.0).sorted().toList();
        int middle = hours.size() / 2;
        double median = hours.size() % 2 == 1 ? hours.get(middle) : (hours.get(middle - 1) + hours.get(middle)) / 2;
        return Figure.of(round(median));
    }

    /** Keywords missing for at least five members, the most common first. */
    private static List<KeywordGap> gaps(Map<Long, OwnerDocuments> documents) {
        Map<String, Long> members = new HashMap<>();
        documents.values().forEach(d -> d.missing().forEach(k -> members.merge(k, 1L, Long::sum)));
        List<KeywordGap> gaps = new ArrayList<>();
        members.forEach((keyword, count) -> {
            if (count >= CohortInsights.MIN_MEMBERS) {
                gaps.add(new KeywordGap(keyword, count));
            }
        });
        gaps.sort(Comparator.comparingLong(KeywordGap::members).reversed().thenComparing(KeywordGap::keyword));
        return gaps.subList(0, Math.min(TOP_GAPS, gaps.size()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
