package dev.cvtailor.evidence.entity;

import java.time.Instant;

/** A link as its owner sees it: the URL (and that of an archived copy, if any) decrypted. */
public record EvidenceView(long id, long artifactId, String url, String kind, ValidationStatus validationStatus,
        Instant lastCheckedAt, Integer httpStatus, String archivedUrl) {

    public static EvidenceView of(EvidenceLink link, String url, String archivedUrl) {
        return new EvidenceView(link.getId(), link.getArtifactId(), url, link.getKind(), link.getValidationStatus(),
                link.getLastCheckedAt(), link.getHttpStatus(), archivedUrl);
    }
}
