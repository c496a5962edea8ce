package dev.cvtailor.generation.control;

import java.util.List;
import java.util.Optional;

import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.SourceArtifact;

/**
 * How long a one-page cover letter is (250–400 words of paragraphs and closing), and what a user whose artifacts
 * tell too little to fill it can do: a letter is never padded with words no artifact supports, so a short letter
 * says so and names the artifacts that would give it more to tell.
 */
final class LetterLength {

    static final int FEWEST_WORDS = 250;
    static final int MOST_WORDS = 400;

    private LetterLength() {
    }

    static int words(CoverLetterContent letter) {
        return Words.count(ClaimVerifier.claims(letter));
    }

    static Optional<String> advice(CoverLetterContent letter, GenerationInput input) {
        int words = words(letter);
        if (words >= FEWEST_WORDS) {
            return Optional.empty();
        }
        List<String> told = input.sources().stream()
                .filter(source -> source.kind() == ArtifactKind.POSITION || source.kind() == ArtifactKind.PROJECT)
                .filter(source -> letter.paragraphs().stream().anyMatch(p -> p.artifactIds().contains(source.id())))
                .map(SourceArtifact::title).map(title -> "\u201C" + title.strip() + "\u201D").limit(3).toList();
        return Optional.of("The letter has " + words + " words; a one-page letter usually has " + FEWEST_WORDS
                + "\u2013" + MOST_WORDS + ". It tells only what your artifacts say: adding results and detail to "
                + (told.isEmpty() ? "your positions and projects" : Words.list(told)) + " gives it more to tell.");
    }
}
