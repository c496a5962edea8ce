package dev.cvtailor.generation.entity;

import java.time.Duration;

/** Where a chat model is and how to reach it: {@code openai} (any OpenAI-compatible server), {@code anthropic}, {@code ollama}. */
public record LlmEndpoint(String provider, String baseUrl, String apiKey, String model, Duration timeout) {

    /** The model's name as documents report it ("openai gpt-4o-mini"). */
    public String label() {
        return provider + " " + model;
    }
}
