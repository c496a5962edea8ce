package dev.cvtailor.evidence.rest;

/** The body of {@code POST /artifacts/{id}/evidence}: the link, and what kind of evidence it is. */
public record EvidenceRequest(String url, String kind) {
}
