package dev.cvtailor.generation.entity;

/** Which generator wrote a document: a language model, or the deterministic template generator. */
public enum Generator {
    LLM, TEMPLATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
