package dev.cvtailor.artifacts.entity;

import java.time.LocalDate;
import java.util.List;

/** What processing read from an artifact's text: each field null or empty where the text does not say. */
public record ArtifactFacts(String organisation, String role, LocalDate startedOn, LocalDate endedOn,
        List<String> stack, List<String> collaborators) {

    public ArtifactFacts {
        stack = List.copyOf(stack);
        collaborators = List.copyOf(collaborators);
    }
}
