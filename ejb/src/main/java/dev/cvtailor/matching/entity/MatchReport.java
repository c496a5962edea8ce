package dev.cvtailor.matching.entity;

import java.util.List;

/**
 * How well the user's artifacts answer a job description: a score of 0–100 (the weighted share of its
 * keywords the artifacts back), each keyword with the artifacts that back it, and the artifacts ranked with the
 * parts of their score. Keywords no artifact backs are for telling the user what to add, never for a CV.
 */
public record MatchReport(int score, List<KeywordCoverage> keywords, List<RankedArtifact> artifacts) {

    public MatchReport {
        keywords = List.copyOf(keywords);
        artifacts = List.copyOf(artifacts);
    }

    /** A keyword of the posting and the artifacts that back it. */
    public record KeywordCoverage(String term, String skill, boolean critical, double weight, boolean covered,
            List<Long> artifactIds) {

        public KeywordCoverage {
            artifactIds = List.copyOf(artifactIds);
        }
    }

    /** An artifact's place: its score (0–100) and what made it. */
    public record RankedArtifact(long id, String title, int score, List<String> matchedKeywords, double skillOverlap,
            double textRelevance, double similarity, double recency, int validEvidence) {

        public RankedArtifact {
            matchedKeywords = List.copyOf(matchedKeywords);
        }
    }
}
