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

/** A comment on part of a submitted document, or a reply to one; a counsellor's may carry a suggested wording. */
@Entity
@Table(name = "review_comments")
public class ReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(nullable = false, length = 32)
    private String section;

    @Column(name = "entry_index")
    private Integer entry;

    @Column(name = "bullet_index")
    private Integer bullet;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(length = 2000)
    private String suggestion;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggestion_state", length = 16)
    private SuggestionState suggestionState;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewComment() {
    }

    public ReviewComment(long reviewId, Long parentId, long authorId, Anchor anchor, String text, String suggestion) {
        this.reviewId = reviewId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.section = anchor.section();
        this.entry = anchor.entry();
        this.bullet = anchor.bullet();
        this.text = text;
        this.suggestion = suggestion;
        this.suggestionState = suggestion == null ? null : SuggestionState.PENDING;
        this.createdAt = Instant.now();
    }

    public void resolve() {
        this.resolved = true;
    }

    public void settleSuggestion(SuggestionState outcome) {
        this.suggestionState = outcome;
        this.resolved = true;
    }

    public Anchor anchor() {
        return new Anchor(section, entry, bullet);
    }

    public Long getId() {
        return id;
    }

    public long getReviewId() {
        return reviewId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public SuggestionState getSuggestionState() {
        return suggestionState;
    }

    public boolean isResolved() {
        return resolved;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
