package dev.cvtailor.imports.entity;

import dev.cvtailor.artifacts.entity.ArtifactDraft;
import jakarta.validation.Valid;

/** One proposal the owner keeps, by its index, as proposed or as edited ({@code artifact}). */
public record Acceptance(int index, @Valid ArtifactDraft artifact) {
}
