package dev.cvtailor.evidence.entity;

import java.time.Instant;

/** A link as its owner sees it: the URL decrypted. */
public record EvidenceView(long id, long artifactId, String url, String kind, ValidationStatus validationStatus,
        Instant lastCheckedAt, Integer httpStatus) {

    public static EvidenceView of(EvidenceLink link, String url) {
        return new EvidenceView(link.getId(), link.getArtifactId(), url, link.getKind(), link.getValidationStatus(),
                link.getLastCheckedAt(), link.getHttpStatus());
    }
}
