package dev.cvtailor.generation.rest;

/** Whether the user keeps the document past the purge of unsaved ones. */
public record SavedFlag(Boolean saved) {
}
