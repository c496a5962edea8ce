package dev.cvtailor.audit.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit trail. {@code userId} has no foreign key: when an account is deleted its events stay,
 * anonymised (the id cleared). {@code details} is for short, non-personal facts (a document id, a format).
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 64)
    private AuditType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "correlation_id", length = 64)
    private String correlationId;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(length = 2000)
    private String details;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AuditEvent() {
    }

    public AuditEvent(Long userId, AuditType type, Outcome outcome, String correlationId, String clientAddress,
            String details) {
        this.userId = userId;
        this.type = type;
        this.outcome = outcome;
        this.correlationId = correlationId;
        this.clientAddress = clientAddress;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public AuditType getType() {
        return type;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetails() {
        return details;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
