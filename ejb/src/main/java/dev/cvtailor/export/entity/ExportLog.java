package dev.cvtailor.export.entity;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.platform.entity.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record of one export: which document, in which format and template, naming the evidence links it carried. */
@Entity
@Table(name = "export_logs")
public class ExportLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null once the document was purged (retention): the log is kept for two years, its document 90 days. */
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(length = 64)
    private String template;

    @Column(name = "evidence_link_ids", length = 4000)
    private String evidenceLinkIds;

    @Column(name = "ats_check")
    private String atsCheck;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ExportLog() {
    }

    public ExportLog(long documentId, long ownerId, ExportFormat format, String template, List<Long> evidenceLinkIds) {
        this.documentId = documentId;
        this.ownerId = ownerId;
        this.format = format.extension;
        this.template = template;
        this.evidenceLinkIds = JsonColumn.write(evidenceLinkIds);
        this.createdAt = Instant.now();
    }

    /** The parse-back self-check of the exported file (JSON: passed, reader, findings). */
    public void checked(Object result) {
        this.atsCheck = JsonColumn.write(result);
    }

    public String getAtsCheckJson() {
        return atsCheck;
    }

    public List<Long> evidenceLinkIds() {
        Long[] ids = JsonColumn.read(evidenceLinkIds, Long[].class);
        return ids == null ? List.of() : List.of(ids);
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getFormat() {
        return format;
    }

    public String getTemplate() {
        return template;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
