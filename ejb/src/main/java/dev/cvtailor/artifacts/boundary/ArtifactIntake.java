package dev.cvtailor.artifacts.boundary;

import java.util.List;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.SourceText;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.labels.boundary.LabelService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A new artifact spans three components: its own fields (artifacts), its links (evidence) and its labels. Every
 * way in (the REST API, the UI's form, an upload, a JSON Resume) creates it here, all of it or nothing: a link that
 * is not a URL or a label that is not the owner's refuses the whole request before anything is saved.
 */
@Stateless
public class ArtifactIntake {

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceService evidence;

    @Inject
    LabelService labels;

    public Artifact create(long ownerId, ArtifactDraft draft) {
        return create(ownerId, draft, null);
    }

    /** As {@link #create(long, ArtifactDraft)}, for an artifact made from an uploaded file's text. */
    public Artifact create(long ownerId, ArtifactDraft draft, SourceText source) {
        check(ownerId, draft);
        Artifact created = artifacts.create(ownerId, draft, source);
        draft.evidenceLinks().forEach(link -> evidence.add(ownerId, created.getId(), link.url(), link.kind()));
        labels.attach(ownerId, created.getId(), draft.labelIds());
        return created;
    }

    /** Creates every draft (a JSON Resume's entries), or none when one of them is refused. */
    public List<Artifact> createAll(long ownerId, List<ArtifactDraft> drafts) {
        drafts.forEach(draft -> check(ownerId, draft));
        return drafts.stream().map(draft -> create(ownerId, draft)).toList();
    }

    /** Refuses (400/404) a draft whose links are not URLs or whose labels are not the owner's. */
    private void check(long ownerId, ArtifactDraft draft) {
        draft.evidenceLinks().forEach(link -> EvidenceService.wellFormed(link == null ? null : link.url()));
        labels.requireOwned(ownerId, draft.labelIds());
    }
}
