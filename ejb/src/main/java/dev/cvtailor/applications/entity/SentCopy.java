package dev.cvtailor.applications.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file exactly as it was sent with an application: frozen when the application was marked Applied, never
 * changed, kept as long as the application, even after the document it was made from is gone.
 */
@Entity
@Table(name = "sent_copies")
public class SentCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "document_version", nullable = false, updatable = false)
    private int documentVersion;

    @Column(nullable = false, length = 16, updatable = false)
    private String kind;

    @Column(nullable = false, length = 8, updatable = false)
    private String format;

    @Column(length = 64, updatable = false)
    private String template;

    @Column(name = "file_name", nullable = false, length = 300, updatable = false)
    private String fileName;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SentCopy() {
    }

    public SentCopy(long applicationId, long documentId, int documentVersion, String kind, String format,
            String template, String fileName, String sha256, byte[] content, Instant createdAt) {
        this.applicationId = applicationId;
        this.documentId = documentId;
        this.documentVersion = documentVersion;
        this.kind = kind;
        this.format = format;
        this.template = template;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.size = content.length;
        this.content = content.clone();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getDocumentVersion() {
        return documentVersion;
    }

    public String getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public String getTemplate() {
        return template;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
