package dev.cvtailor.export.boundary;

import java.util.Optional;

import dev.cvtailor.generation.entity.GeneratedDocument;

/**
 * Whether a document version may leave the application. Export knows nothing of reviews: the component that does
 * (an organisation requiring a counsellor's approval) implements this, so the dependency still points downward.
 */
public interface ExportApproval {

    /** Why the owner may not export this version yet, or empty when they may. */
    Optional<String> refusal(long ownerId, GeneratedDocument document);
}
