package dev.cvtailor.reviews.control;

import java.util.Optional;

import dev.cvtailor.export.boundary.ExportApproval;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.Membership;
import dev.cvtailor.reviews.boundary.ReviewService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The export gate: where the member's organisation requires review, only an approved version leaves. */
@ApplicationScoped
public class ReviewExportGate implements ExportApproval {

    @Inject
    OrganisationService organisations;

    @Inject
    ReviewService reviews;

    @Override
    public Optional<String> refusal(long ownerId, GeneratedDocument document) {
        Optional<Membership> membership = organisations.membership(ownerId);
        if (membership.isEmpty() || !organisations.settingsFor(ownerId).reviewRequired()
                || reviews.approved(ownerId, membership.get().getOrganisationId(), document.getId())) {
            return Optional.empty();
        }
        return Optional.of("Your organisation requires a counsellor's approval before export, and version "
                + document.getVersion() + " of this document has not been approved. Submit it for review first.");
    }
}
