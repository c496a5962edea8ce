package dev.cvtailor.applications.entity;

/** Where an application stands; each change is kept with its date. */
public enum ApplicationStatus {
    SAVED, APPLIED, INTERVIEWING, OFFER, REJECTED, WITHDRAWN
}
