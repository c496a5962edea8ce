package dev.cvtailor.artifacts.rest;

import java.util.List;
import java.util.Map;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * An artifact spans three components: its own fields (artifacts), its links (evidence) and its labels. This
 * shows artifacts with theirs, for every answer of the API (two queries for a whole page, not two per artifact);
 * creating them with theirs is {@link dev.cvtailor.artifacts.boundary.ArtifactIntake}'s.
 */
@RequestScoped
public class ArtifactAssembler {

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceService evidence;

    @Inject
    LabelService labels;

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
