package dev.cvtailor.artifacts.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.cvtailor.artifacts.entity.Artifact;

/** An artifact as the API shows it (API.md, Artifacts). */
public record ArtifactResponse(long id, String kind, String title, String summary, String description,
        String organisation, String role, LocalDate startedOn, LocalDate endedOn, List<String> stack,
        List<String> collaborators, String status, String failureReason, List<Object> skills,
        List<Object> evidenceLinks, List<Object> labels, Instant createdAt, Instant updatedAt) {

    public static ArtifactResponse of(Artifact a) {
        return new ArtifactResponse(a.getId(), a.getKind().name(), a.getTitle(), a.getSummary(), a.getDescription(),
                a.getOrganisation(), a.getRole(), a.getStartedOn(), a.getEndedOn(), a.getStack(),
                a.getCollaborators(), a.getStatus().name(), a.getFailureReason(), List.of(), List.of(), List.of(),
                a.getCreatedAt(), a.getUpdatedAt());
    }
}
