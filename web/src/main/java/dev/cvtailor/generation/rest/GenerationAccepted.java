package dev.cvtailor.generation.rest;

/** The answer to a generation request: the queued document, to be polled at its {@code Location}. */
public record GenerationAccepted(long id, String kind, String status) {
}
