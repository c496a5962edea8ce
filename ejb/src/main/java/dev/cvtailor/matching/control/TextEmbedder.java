package dev.cvtailor.matching.control;

import java.util.logging.Logger;

import dev.cvtailor.matching.entity.TextEmbedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * LangChain4j's in-process all-MiniLM-L6-v2 (quantized, 384 dimensions): no network, ~20 ms a text once
 * loaded. The model is loaded on first use, once per application; it is thread-safe.
 */
@ApplicationScoped
public class TextEmbedder {

    public static final String MODEL = "all-MiniLM-L6-v2-q";
    /** The model reads at most 256 word pieces a passage; more text only costs time. */
    static final int MAX_CHARACTERS = 8000;

    private static final Logger LOG = Logger.getLogger(TextEmbedder.class.getName());

    private volatile EmbeddingModel model;

    public TextEmbedding embed(String text) {
        String input = text.length() <= MAX_CHARACTERS ? text : text.substring(0, MAX_CHARACTERS);
        return new TextEmbedding(MODEL, model().embed(input).content().vector());
    }

    private EmbeddingModel model() {
        if (model == null) {
            synchronized (this) {
                if (model == null) {
                    long start = System.nanoTime();
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    LOG.info(() -> "Embedding model " + MODEL + " loaded in " + (System.nanoTime() - start) / 1_000_000
                            + " ms");
                }
            }
        }
        return model;
    }
}
