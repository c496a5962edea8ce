package dev.cvtailor.applications.rest;

import java.time.Instant;

import dev.cvtailor.applications.entity.SentCopy;

/** A file as it was sent: which document and version, in which format, its SHA-256 and size. */
public record SentCopyResponse(long id, long documentId, int version, String kind, String format, String template,
        String fileName, String sha256, long size, Instant sentAt) {

    static SentCopyResponse of(SentCopy s) {
        return new SentCopyResponse(s.getId(), s.getDocumentId(), s.getDocumentVersion(), s.getKind(), s.getFormat(),
                s.getTemplate(), s.getFileName(), s.getSha256(), s.getSize(), s.getCreatedAt());
    }
}
