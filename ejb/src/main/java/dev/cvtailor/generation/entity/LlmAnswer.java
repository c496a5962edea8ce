package dev.cvtailor.generation.entity;

/**
 * What a language-model call gave: the draft and its token usage, or, when no model could answer (after retries,
 * with the circuit open, past the backup), why not.
 */
public record LlmAnswer(Object draft, String model, int inputTokens, int outputTokens, String failure) {

    public static LlmAnswer unavailable(String why) {
        return new LlmAnswer(null, null, 0, 0, why);
    }

    public boolean answered() {
        return failure == null;
    }
}
