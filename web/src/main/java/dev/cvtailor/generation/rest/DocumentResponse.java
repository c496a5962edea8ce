package dev.cvtailor.generation.rest;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.generation.entity.KeywordCoverage;
import dev.cvtailor.generation.entity.GeneratedDocument;

/** A generated document as the API shows it (API.md, Generation). */
public record DocumentResponse(long id, String kind, String status, int version, String generator,
        String generatorNote, String failureReason, Integer failureStatus, Object content, String text,
        KeywordCoverage keywordCoverage, Long jobDescriptionId, boolean saved, Integer rating, String ratingComment,
        Integer inputTokens, Integer outputTokens, Instant createdAt, Instant updatedAt) {

    public static DocumentResponse of(GeneratedDocument d) {
        return of(d, true);
    }

    /** The short form of a listing: no content. */
    static DocumentResponse summary(GeneratedDocument d) {
        return of(d, false);
    }

    private static DocumentResponse of(GeneratedDocument d, boolean withContent) {
        return new DocumentResponse(d.getId(), d.getKind().code, d.getStatus().name(), d.getVersion(),
                d.getGenerator() == null ? null : d.getGenerator().code(), d.getGeneratorNote(), d.getFailureReason(),
                d.getFailureStatus(), withContent ? d.content() : null, withContent ? d.getTextContent() : null,
                withContent ? d.keywordCoverage() : null, d.getJobDescriptionId(), d.isSaved(), d.getRating(),
                d.getRatingComment(), d.getInputTokens(), d.getOutputTokens(), d.getCreatedAt(), d.getUpdatedAt());
    }

    static List<DocumentResponse> summaries(List<GeneratedDocument> documents) {
        return documents.stream().map(DocumentResponse::summary).toList();
    }
}
