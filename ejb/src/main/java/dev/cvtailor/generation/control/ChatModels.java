package dev.cvtailor.generation.control;

import dev.cvtailor.generation.entity.LlmEndpoint;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * The chat model an endpoint names. The clients never retry on their own: retries, timeouts and the circuit
 * breaker are the gateway's (MicroProfile Fault Tolerance), so they are counted once and configured in one place.
 */
public final class ChatModels {

    private ChatModels() {
    }

    public static ChatModel of(LlmEndpoint endpoint) {
        return switch (endpoint.provider()) {
            case "openai" -> OpenAiChatModel.builder()
                    .baseUrl(endpoint.baseUrl())
                    .apiKey(endpoint.apiKey())
                    .modelName(endpoint.model())
                    .timeout(endpoint.timeout())
                    .maxRetries(0)
                    .build();
            case "anthropic" -> AnthropicChatModel.builder()
                    .baseUrl(endpoint.baseUrl())
                    .apiKey(endpoint.apiKey())
                    .modelName(endpoint.model())
                    .timeout(endpoint.timeout())
                    .maxRetries(0)
                    .maxTokens(4096)
                    .build();
            case "ollama" -> OllamaChatModel.builder()
                    .baseUrl(endpoint.baseUrl())
                    .modelName(endpoint.model())
                    .timeout(endpoint.timeout())
                    .maxRetries(0)
                    .build();
            default -> throw new IllegalArgumentException("Unknown LLM provider " + endpoint.provider()
                    + "; use none, openai, anthropic or ollama");
        };
    }
}
