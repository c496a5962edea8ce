package dev.cvtailor.imports.entity;

import java.time.Duration;
import java.time.Instant;

import dev.cvtailor.platform.entity.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An import waiting for its owner: the text read from the upload until it is read, then the proposals. Nothing of
 * it becomes an artifact before the owner confirms; after {@link #LIFETIME} it expires and its content is dropped.
 */
@Entity
@Table(name = "import_drafts")
public class ImportDraft {

    public static final Duration LIFETIME = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ImportSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status;

    @Column(name = "file_name", length = 300)
    private String fileName;

    @Column(name = "source_text")
    private String sourceText;

    private String reading;

    @Column(name = "failure_reason", length = 1000)
    private String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private int version;

    protected ImportDraft() {
    }

    public ImportDraft(long ownerId, ImportSource source, String fileName, String sourceText, Instant now) {
        this.ownerId = ownerId;
        this.source = source;
        this.fileName = fileName == null || fileName.length() <= 300 ? fileName : fileName.substring(0, 300);
        this.sourceText = sourceText;
        this.status = ImportStatus.PROCESSING;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    public void ready(ImportProposals proposals) {
        this.reading = JsonColumn.write(proposals);
        this.sourceText = null;
        this.status = ImportStatus.READY;
    }

    public void fail(String reason) {
        this.failureReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.sourceText = null;
        this.status = ImportStatus.FAILED;
    }

    /** Confirmed, its artifacts being made; {@link #released} if they cannot be. */
    public void confirming(Instant now) {
        this.status = ImportStatus.CONFIRMED;
        this.confirmedAt = now;
    }

    public void released() {
        this.status = ImportStatus.READY;
        this.confirmedAt = null;
    }

    /** Confirmed and its artifacts made: what it proposed is no longer kept. */
    public void confirmed(Instant now) {
        this.status = ImportStatus.CONFIRMED;
        this.confirmedAt = now;
        this.reading = null;
    }

    /** Drops what the upload held: an import nobody confirmed in time keeps only its status. */
    public void expire() {
        this.status = ImportStatus.EXPIRED;
        this.sourceText = null;
        this.reading = null;
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    public boolean hasExpired(Instant now) {
        return status == ImportStatus.EXPIRED || (status == ImportStatus.READY || status == ImportStatus.PROCESSING)
                && !now.isBefore(expiresAt);
    }

    public ImportProposals proposals() {
        ImportProposals read = JsonColumn.read(reading, ImportProposals.class);
        return read == null ? new ImportProposals(null, null, null) : read;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public ImportSource getSource() {
        return source;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSourceText() {
        return sourceText;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
