package dev.cvtailor.generation.entity;

/** The life of a generated document: queued, being generated, then ready or failed with a reason. */
public enum DocumentStatus {
    QUEUED, RUNNING, READY, FAILED;

    public boolean isFinished() {
        return this == READY || this == FAILED;
    }
}
