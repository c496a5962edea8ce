package dev.cvtailor.generation.rest;

/** A user's rating of a document: {@code score} 1–10, an optional comment. */
public record DocumentRating(Integer score, String comment) {
}
