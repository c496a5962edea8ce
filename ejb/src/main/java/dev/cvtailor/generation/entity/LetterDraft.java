package dev.cvtailor.generation.entity;

import java.util.List;

/** A cover letter as a language model writes it: paragraphs, each naming the artifacts it draws on. */
public record LetterDraft(List<DraftParagraph> paragraphs, String closing) {

    public record DraftParagraph(String text, List<Long> artifactIds) {
    }
}
