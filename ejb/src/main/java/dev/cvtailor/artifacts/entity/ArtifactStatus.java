package dev.cvtailor.artifacts.entity;

/** Where an artifact is in its processing: saved, then processed by the artifact queue's consumer. */
public enum ArtifactStatus {
    PROCESSING, READY, FAILED
}
