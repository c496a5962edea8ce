package dev.cvtailor.imports.entity;

import dev.cvtailor.artifacts.entity.ArtifactDraft;

/**
 * One artifact an import proposes, by its place in the import; {@code duplicateOf} names the user's artifact it
 * matches (same kind, title and organisation, dates that overlap), which confirming it updates instead of copying.
 */
public record Proposal(int index, ArtifactDraft artifact, Long duplicateOf) {
}
