package dev.cvtailor.reviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cvtailor.generation.boundary.GenerationService.OwnerDocuments;
import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.reviews.entity.CohortInsights;
import dev.cvtailor.reviews.entity.Review;
import dev.cvtailor.reviews.entity.ReviewState;

class CohortFiguresTest {

    @Test
    void fewerThanFiveMembersSuppressEveryFigure() {
        CohortInsights insights = CohortFigures.of(1, "small", List.of(1L, 2L, 3L, 4L), Map.of(), List.of(),
                new long[] {1, 2});
        assertTrue(insights.members().suppressed());
        assertNull(insights.members().value());
        assertTrue(insights.validEvidenceShare().suppressed());
        assertTrue(insights.skillGapsSuppressed());
    }

    @Test
    void mediansAndGapsCountMembersAndKeepSmallCellsOut() throws ReflectiveOperationException {
        List<Long> members = List.of(1L, 2L, 3L, 4L, 5L, 6L);
        Map<Long, OwnerDocuments> documents = new HashMap<>();
        for (long member : members) {
            documents.put(member, new OwnerDocuments(new int[] {2}, member <= 5 ? Set.of("Kubernetes", "Go")
                    : Set.of("Go")));
        }
        documents.put(3L, new OwnerDocuments(new int[] {2}, Set.of("Kubernetes", "Go", "Rust")));
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        List<Review> reviews = new ArrayList<>();
        for (long member = 1; member <= 5; member++) {
            reviews.add(review(member, start, Duration.ofHours(member), member <= 2 ? ReviewState.APPROVED
                    : ReviewState.IN_REVIEW));
        }
        CohortInsights insights = CohortFigures.of(7, "MSc", members, documents, reviews, new long[] {3, 4});
        assertEquals(6.0, insights.members().value());
        assertEquals(12.0, insights.documents().value());
        assertEquals(3.0, insights.medianHoursToFirstReview().value(), "the median of 1..5 hours");
        assertTrue(insights.medianHoursToApproval().suppressed(), "two members' approvals");
        assertEquals(0.333, insights.readiness().value(), "2 of 6 members have an approved CV");
        assertEquals(0.75, insights.validEvidenceShare().value());
        assertEquals(List.of("Go", "Kubernetes"), insights.skillGaps().stream()
                .map(CohortInsights.KeywordGap::keyword).toList(), "Rust concerns one member only");
        assertEquals(6, insights.skillGaps().get(0).members());
    }

    @Test
    void noEvidenceLinksIsNoFigureRatherThanZero() {
        CohortInsights insights = CohortFigures.of(1, "c", List.of(1L, 2L, 3L, 4L, 5L), Map.of(), List.of(),
                new long[] {0, 0});
        assertNull(insights.validEvidenceShare().value());
        assertTrue(!insights.validEvidenceShare().suppressed());
        assertNull(insights.medianHoursToFirstReview().value());
    }

    private static Review review(long owner, Instant submitted, Duration wait, ReviewState state)
            throws ReflectiveOperationException {
        Review review = new Review(1, owner, owner * 10, 1, DocumentKind.CV, null, null, null);
        set(review, "submittedAt", submitted);
        set(review, "firstReviewedAt", submitted.plus(wait));
        set(review, "state", state);
        if (state == ReviewState.APPROVED) {
            set(review, "decidedAt", submitted.plus(wait).plusSeconds(60));
        }
        return review;
    }

    private static void set(Review review, String field, Object value) throws ReflectiveOperationException {
        Field f = Review.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(review, value);
    }
}
