package dev.cvtailor.artifacts.entity;

import java.util.List;

/** What a JSON Resume document holds: the artifacts to make, and the skills that no entry of it shows. */
public record ResumeImport(List<ArtifactDraft> drafts, List<String> skillsNoEntryShows) {

    public ResumeImport {
        drafts = List.copyOf(drafts);
        skillsNoEntryShows = List.copyOf(skillsNoEntryShows);
    }
}
