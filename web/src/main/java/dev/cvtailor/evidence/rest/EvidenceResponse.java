package dev.cvtailor.evidence.rest;

import java.time.Instant;

import dev.cvtailor.evidence.entity.EvidenceView;

public record EvidenceResponse(long id, String url, String kind, String validationStatus, Instant lastCheckedAt,
        Integer httpStatus) {

    public static EvidenceResponse of(EvidenceView link) {
        return new EvidenceResponse(link.id(), link.url(), link.kind(), link.validationStatus().name(),
                link.lastCheckedAt(), link.httpStatus());
    }
}
