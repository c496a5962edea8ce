package dev.cvtailor.artifacts.rest;

import java.util.List;
import java.util.Map;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.SourceText;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * An artifact spans three components: its own fields (artifacts), its links (evidence) and its labels. This
 * puts them together, once for the API's every way in and out: creating an artifact with its links and labels,
 * and showing artifacts with theirs (two queries for a whole page, not two per artifact).
 */
@RequestScoped
public class ArtifactAssembler {

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceService evidence;

    @Inject
    LabelService labels;

    /** Refuses (400/404) a draft whose links are not URLs or whose labels are not the owner's; saves nothing. */
    public void check(long ownerId, ArtifactDraft draft) {
        draft.evidenceLinks().forEach(link -> EvidenceService.wellFormed(link == null ? null : link.url()));
        labels.requireOwned(ownerId, draft.labelIds());
    }

    /** Creates the artifact, then its links and label assignments; call {@link #check} first. */
    public Artifact create(long ownerId, ArtifactDraft draft) {
        return create(ownerId, draft, null);
    }

    /** As {@link #create(long, ArtifactDraft)}, for an artifact made from an uploaded file's text. */
    public Artifact create(long ownerId, ArtifactDraft draft, SourceText source) {
        Artifact created = artifacts.create(ownerId, draft, source);
        draft.evidenceLinks().forEach(link -> evidence.add(ownerId, created.getId(), link.url(), link.kind()));
        labels.attach(ownerId, created.getId(), draft.labelIds());
        return created;
    }

    public ArtifactResponse response(long ownerId, Artifact artifact) {
        return responses(ownerId, List.of(artifact)).get(0);
    }

    public List<ArtifactResponse> responses(long ownerId, List<Artifact> found) {
        List<Long> ids = found.stream().map(Artifact::getId).toList();
        Map<Long, List<Label>> labelled = labels.labelsOf(ownerId, ids);
        Map<Long, List<EvidenceView>> links = evidence.linksOf(ownerId, ids);
        Map<Long, List<SkillRef>> skills = artifacts.skillsOf(ownerId, found);
        return found.stream().map(a -> ArtifactResponse.of(a, skills.getOrDefault(a.getId(), List.of()),
                labelled.getOrDefault(a.getId(), List.of()),
                links.getOrDefault(a.getId(), List.of()))).toList();
    }
}
