package dev.cvtailor.export.rest;

import java.time.Instant;

import dev.cvtailor.export.entity.ExportLog;

/** One logged export, as the API shows it. */
public record ExportLogResponse(long id, long documentId, String format, String template, Instant createdAt) {

    public static ExportLogResponse of(ExportLog log) {
        return new ExportLogResponse(log.getId(), log.getDocumentId(), log.getFormat(), log.getTemplate(),
                log.getCreatedAt());
    }
}
