package dev.cvtailor.reviews.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a review's history: the state it entered, when, and by whom. */
@Entity
@Table(name = "review_events")
public class ReviewEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReviewState state;

    @Column(name = "by_user_id")
    private Long byUserId;

    @Column(length = 2000)
    private String note;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected ReviewEvent() {
    }

    public ReviewEvent(long reviewId, ReviewState state, Long byUserId, String note) {
        this.reviewId = reviewId;
        this.state = state;
        this.byUserId = byUserId;
        this.note = note;
        this.at = Instant.now();
    }

    public long getReviewId() {
        return reviewId;
    }

    public ReviewState getState() {
        return state;
    }

    public Long getByUserId() {
        return byUserId;
    }

    public String getNote() {
        return note;
    }

    public Instant getAt() {
        return at;
    }
}
