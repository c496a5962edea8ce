package dev.cvtailor.imports.entity;

/** PROCESSING → READY (proposals to review) or FAILED; READY → CONFIRMED, or EXPIRED after 24 hours. */
public enum ImportStatus {
    PROCESSING, READY, FAILED, CONFIRMED, EXPIRED
}
