package dev.cvtailor.evidence.entity;

/** What the last check of a link found. */
public enum ValidationStatus {
    /** Not checked yet. */
    PENDING,
    /** Answered with a success status. */
    VALID,
    /** Answered with an error status (gone, not found, server error). */
    BROKEN,
    /** Did not answer: unknown host, refused, timed out. */
    UNREACHABLE,
    /** Not allowed to be fetched: another scheme, or an address inside the network. Never fetched. */
    REJECTED
}
