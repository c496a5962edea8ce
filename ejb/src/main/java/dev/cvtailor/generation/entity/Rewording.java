package dev.cvtailor.generation.entity;

/**
 * New words for one part of a document: a CV's {@code summary}, or bullet {@code bullet} of entry {@code entry} in
 * {@code experience}, {@code projects}, {@code education} or {@code certifications}; a letter's paragraph
 * {@code entry} of {@code paragraphs}. Indexes count from 0.
 */
public record Rewording(String section, Integer entry, Integer bullet, String text) {
}
