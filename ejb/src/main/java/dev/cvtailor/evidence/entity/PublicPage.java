package dev.cvtailor.evidence.entity;

/** A page fetched from the public web under the link rules: where it ended up, its type and its text. */
public record PublicPage(String url, String contentType, String body) {
}
