package dev.cvtailor.matching.boundary;

import dev.cvtailor.matching.control.TextEmbedder;
import dev.cvtailor.matching.entity.TextEmbedding;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Matching: the one door to the matching component. */
@Stateless
public class MatchingService {

    @Inject
    TextEmbedder embedder;

    /** The text's embedding, computed in process. */
    public TextEmbedding embed(String text) {
        return embedder.embed(text);
    }
}
