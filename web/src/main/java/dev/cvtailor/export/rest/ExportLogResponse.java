package dev.cvtailor.export.rest;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.export.control.AtsCheck;
import dev.cvtailor.export.entity.ExportLog;
import dev.cvtailor.platform.entity.JsonColumn;

/** One logged export, as the API shows it; {@code documentId} is null once the document was deleted (retention). */
public record ExportLogResponse(long id, Long documentId, String format, String template,
        List<Long> evidenceLinkIds, AtsCheck.Result atsCheck, Instant createdAt) {

    public static ExportLogResponse of(ExportLog log) {
        return new ExportLogResponse(log.getId(), log.getDocumentId(), log.getFormat(), log.getTemplate(),
                log.evidenceLinkIds(), JsonColumn.read(log.getAtsCheckJson(), AtsCheck.Result.class),
                log.getCreatedAt());
    }
}
