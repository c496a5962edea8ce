package dev.cvtailor.artifacts.rest;

import java.util.List;

/** The answer to an import: the artifacts made, each being processed, and what the import could not keep. */
public record ImportedArtifacts(List<Long> artifactIds, List<String> notImported) {
}
