package dev.cvtailor.audit.rest;

import java.time.Instant;

import dev.cvtailor.audit.entity.AuditEvent;

public record AuditEventResponse(long id, Long userId, String type, String outcome, String correlationId,
        String clientAddress, String details, Instant createdAt) {

    static AuditEventResponse of(AuditEvent e) {
        return new AuditEventResponse(e.getId(), e.getUserId(), e.getType().name(), e.getOutcome().name(),
                e.getCorrelationId(), e.getClientAddress(), e.getDetails(), e.getCreatedAt());
    }
}
