/**
 * Artifacts: the user's work history, saved as {@code PROCESSING} and processed on ArtifactProcessingQueue.
 * Every read and write names the owner; another user's artifact is "not found", never "forbidden".
 */
package dev.cvtailor.artifacts;
