package dev.cvtailor.audit.entity;

/** How it ended. */
public enum Outcome {
    SUCCESS, FAILURE, DENIED
}
