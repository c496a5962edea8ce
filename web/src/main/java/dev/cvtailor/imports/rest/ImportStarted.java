package dev.cvtailor.imports.rest;

/** The answer to a new import: {@code 202 {id, status:"PROCESSING"}}; {@code GET /imports/{id}} tells the rest. */
public record ImportStarted(long id, String status) {
}
