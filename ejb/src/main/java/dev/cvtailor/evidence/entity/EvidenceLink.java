package dev.cvtailor.evidence.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A link that proves an artifact. The URL is kept only encrypted ({@code urlEncrypted}); the service decrypts
 * it for its owner. Belongs to the artifact, and through it to one user.
 */
@Entity
@Table(name = "evidence_links")
@NamedQuery(name = EvidenceLink.OF_ARTIFACTS,
        query = "select e from EvidenceLink e where e.artifactId in :artifacts order by e.id")
public class EvidenceLink {

    public static final String OF_ARTIFACTS = "EvidenceLink.ofArtifacts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "artifact_id", nullable = false, updatable = false)
    private long artifactId;

    @Column(name = "url_encrypted", nullable = false, length = 8192)
    private String urlEncrypted;

    @Column(length = 32)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "validation_status", nullable = false, length = 16)
    private ValidationStatus validationStatus;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "archived_url_encrypted", length = 8192)
    private String archivedUrlEncrypted;

    protected EvidenceLink() {
    }

    /** A new link, checked at once and then again from {@code firstRecheck} on. */
    public EvidenceLink(long artifactId, String urlEncrypted, String kind, Instant firstRecheck) {
        this.artifactId = artifactId;
        this.urlEncrypted = urlEncrypted;
        this.kind = kind;
        this.validationStatus = ValidationStatus.PENDING;
        this.createdAt = Instant.now();
        this.nextCheckAt = firstRecheck;
    }

    /** The check's outcome; the link is due again at {@code nextCheck} and free for any replica to claim. */
    public void recordCheck(LinkCheck check, Instant nextCheck) {
        this.validationStatus = check.status();
        this.httpStatus = check.httpStatus();
        this.lastCheckedAt = Instant.now();
        this.nextCheckAt = nextCheck;
        this.claimedUntil = null;
    }

    /** Where an archived copy of the broken page can be read, encrypted. */
    public void offerArchivedCopy(String encryptedUrl) {
        this.archivedUrlEncrypted = encryptedUrl;
    }

    public Instant getNextCheckAt() {
        return nextCheckAt;
    }

    public String getArchivedUrlEncrypted() {
        return archivedUrlEncrypted;
    }

    public Long getId() {
        return id;
    }

    public long getArtifactId() {
        return artifactId;
    }

    public String getUrlEncrypted() {
        return urlEncrypted;
    }

    public String getKind() {
        return kind;
    }

    public ValidationStatus getValidationStatus() {
        return validationStatus;
    }

    public Instant getLastCheckedAt() {
        return lastCheckedAt;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }
}
