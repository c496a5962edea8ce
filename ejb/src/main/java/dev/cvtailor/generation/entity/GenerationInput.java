package dev.cvtailor.generation.entity;

import java.util.Comparator;
import java.util.List;

/**
 * Everything a generator may use: the posting, the user's ready artifacts ranked best match first, the keywords
 * some artifact backs (and by which), the candidate's contact details and the options asked for.
 */
public record GenerationInput(PostingBrief posting, List<SourceArtifact> sources, List<BackedKeyword> keywords,
        Candidate candidate, Tone tone, Length length) {

    /** A posting keyword and the artifacts that back it (none: the user cannot claim it). */
    public record BackedKeyword(String term, String skill, boolean critical, List<Long> artifactIds) {

        public BackedKeyword {
            artifactIds = List.copyOf(artifactIds);
        }

        public boolean backed() {
            return !artifactIds.isEmpty();
        }

        /** The name a document uses: the posting's own spelling ("AWS"), else the taxonomy's name. */
        public String name() {
            return term != null && !term.isBlank() ? term : skill;
        }
    }

    public GenerationInput {
        sources = sources.stream().sorted(Comparator.comparingInt(SourceArtifact::score).reversed()).toList();
        keywords = List.copyOf(keywords);
    }
}
