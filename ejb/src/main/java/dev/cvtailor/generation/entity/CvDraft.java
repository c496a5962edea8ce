package dev.cvtailor.generation.entity;

import java.util.List;

/**
 * A CV as a language model writes it: wording and choices only. Every entry and bullet names the artifact it
 * comes from by id; titles, employers and dates are taken from the artifacts, never from the model.
 */
public record CvDraft(String summary, List<String> skills, List<DraftEntry> entries) {

    /** One artifact's entry and the bullets written for it. */
    public record DraftEntry(long artifactId, List<String> bullets) {
    }
}
