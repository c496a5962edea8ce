package dev.cvtailor.reviews.entity;

import java.util.List;
import java.util.Map;

import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.generation.entity.GeneratedDocument;

/**
 * A submission opened: the document version as submitted, the evidence behind its bullets (by link id), the
 * comments and the history; {@code reviewer} tells whether the reader is a counsellor rather than the owner.
 */
public record ReviewDetail(ReviewSummary summary, GeneratedDocument document, Map<Long, EvidenceView> evidence,
        List<CommentView> comments, List<HistoryEntry> history, boolean reviewer) {
}
