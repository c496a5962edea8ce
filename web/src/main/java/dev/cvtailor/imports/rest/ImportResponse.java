package dev.cvtailor.imports.rest;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.imports.entity.Candidate;
import dev.cvtailor.imports.entity.ImportDraft;
import dev.cvtailor.imports.entity.ImportProposals;
import dev.cvtailor.imports.entity.Proposal;

/** An import as the API shows it (API.md, Imports): its proposals while it is ready, else its status alone. */
public record ImportResponse(long id, String source, String status, String failureReason, String fileName,
        Instant createdAt, Instant expiresAt, Candidate candidate, List<Proposal> proposals, List<String> notImported) {

    static ImportResponse of(ImportDraft draft) {
        ImportProposals read = draft.proposals();
        return new ImportResponse(draft.getId(), draft.getSource().name(), draft.getStatus().name(),
                draft.getFailureReason(), draft.getFileName(), draft.getCreatedAt(), draft.getExpiresAt(),
                read.candidate(), read.proposals(), read.notImported());
    }
}
