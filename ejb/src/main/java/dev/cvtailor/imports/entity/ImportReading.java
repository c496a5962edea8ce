package dev.cvtailor.imports.entity;

import java.util.List;

import dev.cvtailor.artifacts.entity.ArtifactDraft;

/** What an imported CV or LinkedIn export holds: the contact details, the artifacts it proposes, what it left out. */
public record ImportReading(Candidate candidate, List<ArtifactDraft> drafts, List<String> notImported) {

    public ImportReading {
        candidate = candidate == null ? Candidate.NONE : candidate;
        drafts = List.copyOf(drafts);
        notImported = List.copyOf(notImported);
    }
}
