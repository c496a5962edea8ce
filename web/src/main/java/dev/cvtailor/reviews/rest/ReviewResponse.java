package dev.cvtailor.reviews.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.generation.entity.KeywordCoverage;
import dev.cvtailor.generation.rest.DocumentResponse;
import dev.cvtailor.reviews.entity.CommentView;
import dev.cvtailor.reviews.entity.HistoryEntry;
import dev.cvtailor.reviews.entity.ReviewDetail;
import dev.cvtailor.reviews.entity.ReviewSummary;

/**
 * A submission: its state and who is involved; opened, also the document as submitted, its match report (keyword
 * coverage and the evidence behind its bullets), the comments and the history.
 */
public record ReviewResponse(long id, long documentId, int version, String kind, String state, long ownerId,
        String owner, Long counsellorId, String counsellor, Long previousId, String note, String decisionNote,
        Instant submittedAt, Instant updatedAt, Long waitingSeconds, DocumentResponse document,
        MatchReport matchReport, List<CommentView> comments, List<HistoryEntry> history) {

    /** How the version answers its posting, and the evidence its bullets cite. */
    public record MatchReport(KeywordCoverage keywordCoverage, Collection<EvidenceView> evidence) {
    }

    public static ReviewResponse summary(ReviewSummary s) {
        return of(s, null, null, null, null);
    }

    public static ReviewResponse of(ReviewDetail detail) {
        return of(detail.summary(), detail.document() == null ? null : DocumentResponse.of(detail.document()),
                detail.document() == null ? null : new MatchReport(detail.document().keywordCoverage(),
                        detail.evidence().values()), detail.comments(), detail.history());
    }

    private static ReviewResponse of(ReviewSummary s, DocumentResponse document, MatchReport report,
            List<CommentView> comments, List<HistoryEntry> history) {
        Long waiting = s.state().awaitsDecision() ? Math.max(0, Instant.now().getEpochSecond()
                - s.submittedAt().getEpochSecond()) : null;
        return new ReviewResponse(s.id(), s.documentId(), s.version(), s.kind().code, s.state().name(), s.ownerId(),
                s.ownerEmail(), s.counsellorId(), s.counsellorEmail(), s.previousId(), s.note(), s.decisionNote(),
                s.submittedAt(), s.updatedAt(), waiting, document, report, comments, history);
    }
}
