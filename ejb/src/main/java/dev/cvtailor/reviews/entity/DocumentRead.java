package dev.cvtailor.reviews.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That someone other than its owner opened a submitted document: the member's "who read my CV". */
@Entity
@Table(name = "document_reads")
public class DocumentRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "reader_id")
    private Long readerId;

    @Column(name = "reader_email", nullable = false, length = 320)
    private String readerEmail;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected DocumentRead() {
    }

    public DocumentRead(long reviewId, long ownerId, long readerId, String readerEmail) {
        this.reviewId = reviewId;
        this.ownerId = ownerId;
        this.readerId = readerId;
        this.readerEmail = readerEmail;
        this.readAt = Instant.now();
    }

    public long getReviewId() {
        return reviewId;
    }

    public Long getReaderId() {
        return readerId;
    }

    public String getReaderEmail() {
        return readerEmail;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
