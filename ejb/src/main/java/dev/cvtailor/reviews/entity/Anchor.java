package dev.cvtailor.reviews.entity;

/**
 * Where a comment points: a section ({@code summary}, {@code skills}, {@code experience}, {@code projects},
 * {@code education}, {@code certifications}; a letter's {@code paragraphs} or {@code closing}), optionally one entry
 * of it and one bullet of that entry, counted from 0.
 */
public record Anchor(String section, Integer entry, Integer bullet) {
}
