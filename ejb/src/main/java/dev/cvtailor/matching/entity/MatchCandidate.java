package dev.cvtailor.matching.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * An artifact as the ranking sees it: its text, the taxonomy's skills it shows, its embedding (may be null),
 * when it ended (null: ongoing or undated) and how many of its evidence links were found valid.
 */
public record MatchCandidate(long id, String title, String text, Set<String> skills, float[] embedding,
        LocalDate startedOn, LocalDate endedOn, int validEvidence) {

    public MatchCandidate {
        skills = Set.copyOf(skills);
    }
}
