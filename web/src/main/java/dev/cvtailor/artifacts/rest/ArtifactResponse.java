package dev.cvtailor.artifacts.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.evidence.rest.EvidenceResponse;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.skills.entity.SkillRef;
import dev.cvtailor.skills.rest.SkillResponse;

/** An artifact as the API shows it (API.md, Artifacts). */
public record ArtifactResponse(long id, String kind, String title, String summary, String description,
        String organisation, String role, String location, LocalDate startedOn, LocalDate endedOn, List<String> stack,
        List<String> collaborators, String status, String failureReason, List<SkillResponse> skills,
        List<EvidenceResponse> evidenceLinks, List<LabelRef> labels, String sourceFileName, String sourceMediaType,
        Integer embeddingDimensions, Instant createdAt, Instant updatedAt) {

    /** A label as an artifact shows it. */
    public record LabelRef(long id, String name) {
    }

    public static ArtifactResponse of(Artifact a, List<SkillRef> skills, List<Label> labels,
            List<EvidenceView> links) {
        return new ArtifactResponse(a.getId(), a.getKind().name(), a.getTitle(), a.getSummary(), a.getDescription(),
                a.getOrganisation(), a.getRole(), a.getLocation(), a.getStartedOn(), a.getEndedOn(), a.getStack(),
                a.getCollaborators(), a.getStatus().name(), a.getFailureReason(),
                skills.stream().map(SkillResponse::of).toList(),
                links.stream().map(EvidenceResponse::of).toList(),
                labels.stream().map(l -> new LabelRef(l.getId(), l.getName())).toList(), a.getSourceFileName(),
                a.getSourceMediaType(), a.getEmbedding() == null ? null : a.getEmbedding().length / Float.BYTES,
                a.getCreatedAt(), a.getUpdatedAt());
    }
}
