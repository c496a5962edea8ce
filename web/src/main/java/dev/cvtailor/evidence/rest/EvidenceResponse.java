package dev.cvtailor.evidence.rest;

import java.time.Instant;

import dev.cvtailor.evidence.entity.EvidenceView;

/** An evidence link as the API shows it; {@code archivedUrl} is an archived copy offered for a broken link. */
public record EvidenceResponse(long id, String url, String kind, String validationStatus, Instant lastCheckedAt,
        Integer httpStatus, String archivedUrl) {

    public static EvidenceResponse of(EvidenceView link) {
        return new EvidenceResponse(link.id(), link.url(), link.kind(), link.validationStatus().name(),
                link.lastCheckedAt(), link.httpStatus(), link.archivedUrl());
    }
}
