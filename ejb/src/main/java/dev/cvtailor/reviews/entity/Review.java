package dev.cvtailor.reviews.entity;

import java.time.Instant;

import dev.cvtailor.generation.entity.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a member's document submitted to their organisation, and what became of it. */
@Entity
@Table(name = "reviews")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "document_version", nullable = false, updatable = false)
    private int documentVersion;

    @Column(name = "document_kind", nullable = false, updatable = false, length = 16)
    private DocumentKind documentKind;

    @Column(name = "counsellor_id")
    private Long counsellorId;

    @Column(name = "previous_id")
    private Long previousId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReviewState state;

    @Column(length = 2000)
    private String note;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "first_reviewed_at")
    private Instant firstReviewedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Review() {
    }

    public Review(long organisationId, long ownerId, long documentId, int documentVersion, DocumentKind kind,
            Long counsellorId, Long previousId, String note) {
        this.organisationId = organisationId;
        this.ownerId = ownerId;
        this.documentId = documentId;
        this.documentVersion = documentVersion;
        this.documentKind = kind;
        this.counsellorId = counsellorId;
        this.previousId = previousId;
        this.note = note;
        this.state = ReviewState.SUBMITTED;
        this.submittedAt = Instant.now();
        this.updatedAt = submittedAt;
    }

    /** A counsellor opened or commented on it: it is in review from now on (and theirs, if nobody was named). */
    public boolean startReview(long counsellor) {
        if (state != ReviewState.SUBMITTED) {
            return false;
        }
        state = ReviewState.IN_REVIEW;
        firstReviewedAt = Instant.now();
        if (counsellorId == null) {
            counsellorId = counsellor;
        }
        updatedAt = firstReviewedAt;
        return true;
    }

    public void decide(ReviewState decision, long counsellor, String decisionNote) {
        if (firstReviewedAt == null) {
            firstReviewedAt = Instant.now();
        }
        if (counsellorId == null) {
            counsellorId = counsellor;
        }
        this.state = decision;
        this.decisionNote = decisionNote;
        this.decidedAt = Instant.now();
        this.updatedAt = decidedAt;
    }

    public void close(ReviewState closing) {
        this.state = closing;
        this.updatedAt = Instant.now();
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getDocumentVersion() {
        return documentVersion;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public Long getCounsellorId() {
        return counsellorId;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public ReviewState getState() {
        return state;
    }

    public String getNote() {
        return note;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getFirstReviewedAt() {
        return firstReviewedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
