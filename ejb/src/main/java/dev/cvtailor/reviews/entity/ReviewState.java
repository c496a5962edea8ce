package dev.cvtailor.reviews.entity;

/**
 * Where a submission stands: SUBMITTED → IN_REVIEW (a counsellor opened it) → CHANGES_REQUESTED or APPROVED.
 * The member may withdraw an open one; submitting a newer version of the same document closes the earlier
 * submission as RESUBMITTED and links the two.
 */
public enum ReviewState {
    SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, WITHDRAWN, RESUBMITTED;

    /** Waiting for a counsellor. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    /** Not yet closed: the member may still withdraw it or resubmit. */
    public boolean open() {
        return awaitsDecision() || this == CHANGES_REQUESTED;
    }
}
