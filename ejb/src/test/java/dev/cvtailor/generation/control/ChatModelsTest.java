package dev.cvtailor.generation.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.cvtailor.generation.entity.LetterDraft;
import dev.cvtailor.generation.entity.LlmEndpoint;
import dev.langchain4j.service.Result;
import jakarta.json.Json;

/** Each provider's client, built from configuration, speaking its provider's protocol to a local server. */
class ChatModelsTest {

    static final String LETTER = "{\"paragraphs\":[{\"text\":\"I am applying.\",\"artifactIds\":[7]}],"
            + "\"closing\":\"Kind regards\"}";

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private LlmEndpoint endpoint(String provider, String path) {
        return new LlmEndpoint(provider, "http://127.0.0.1:" + server.port() + path, "secret-key", "some-model",
                Duration.ofSeconds(5));
    }

    private static Result<LetterDraft> ask(LlmEndpoint endpoint) {
        return LlmSettings.writer(endpoint).coverLetter("{\"title\":\"Engineer\"}", "[]", "professional");
    }

    @Test
    void anthropicSpeaksTheMessagesApi() {
        server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody(Json.createObjectBuilder().add("id", "msg_1").add("type", "message")
                        .add("role", "assistant").add("model", "some-model")
                        .add("content", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "text").add("text", LETTER)))
                        .add("stop_reason", "end_turn")
                        .add("usage", Json.createObjectBuilder().add("input_tokens", 30).add("output_tokens", 12))
                        .build().toString())));
        Result<LetterDraft> answer = ask(endpoint("anthropic", "/v1"));
        assertEquals(List.of(7L), answer.content().paragraphs().get(0).artifactIds());
        assertEquals(30, answer.tokenUsage().inputTokenCount());
        server.verify(postRequestedFor(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("secret-key"))
                .withRequestBody(containing("<posting>")));
    }

    @Test
    void ollamaSpeaksItsChatApi() {
        server.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody(Json.createObjectBuilder().add("model", "some-model")
                        .add("created_at", "2026-11-30T06:00:00Z")
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", LETTER))
                        .add("done", true).add("prompt_eval_count", 25).add("eval_count", 9)
                        .build().toString())));
        Result<LetterDraft> answer = ask(endpoint("ollama", ""));
        assertEquals("Kind regards", answer.content().closing());
        server.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(containing("some-model")));
    }

    @Test
    void refusesAProviderItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> ChatModels.of(endpoint("gemini", "")));
    }

    @Test
    void readsTimeoutsAsUsersWriteThem() {
        assertEquals(Duration.ofSeconds(20), LlmSettings.duration("20s"));
        assertEquals(Duration.ofSeconds(20), LlmSettings.duration("20"));
        assertEquals(Duration.ofMillis(1500), LlmSettings.duration("1500ms"));
        assertEquals(Duration.ofSeconds(90), LlmSettings.duration("PT1M30S"));
    }
}
