package dev.cvtailor.reviews.rest;

/** The bodies the review endpoints take. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    /** {@code POST /documents/{id}/reviews}. */
    public record Submission(String note, Long counsellorId) {
    }

    /** {@code POST /reviews/{id}/decision}. */
    public record Decision(String decision, String note) {
    }
}
