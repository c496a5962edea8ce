package dev.cvtailor.imports.entity;

import java.util.List;

/** What a read import offers its owner: the contact details, the proposals and what was left out, and why. */
public record ImportProposals(Candidate candidate, List<Proposal> proposals, List<String> notImported) {

    public ImportProposals {
        candidate = candidate == null ? Candidate.NONE : candidate;
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
        notImported = notImported == null ? List.of() : List.copyOf(notImported);
    }
}
