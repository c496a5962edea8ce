package it.dev.cvtailor.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

import jakarta.json.Json;

/** The stand-in language model's answers, in OpenAI's chat-completions wire format, for WireMock. */
public final class ChatCompletions {

    public static final String PATH = "/v1/chat/completions";

    private ChatCompletions() {
    }

    /** A chat completion, as OpenAI answers, whose message is the given text. */
    public static MappingBuilder answering(String content) {
        return answering(content, 0);
    }

    /** The same, after thinking for a while, as models do. */
    public static MappingBuilder answering(String content, int delayMillis) {
        String completion = Json.createObjectBuilder()
                .add("id", "chatcmpl-it").add("object", "chat.completion").add("created", 1_700_000_000)
                .add("model", "gpt-it")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 812).add("completion_tokens", 143)
                        .add("total_tokens", 955))
                .build().toString();
        return post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(completion).withFixedDelay(delayMillis));
    }

    /** A CV draft as the model is asked to write it: one entry with one bullet for the artifact. */
    public static String cvDraft(String artifactId, String bullet, String... skills) {
        var skillArray = Json.createArrayBuilder();
        for (String skill : skills) {
            skillArray.add(skill);
        }
        return Json.createObjectBuilder()
                .add("summary", "Senior Backend Engineer with Java and PostgreSQL. Applying for the Backend Engineer role.")
                .add("skills", skillArray)
                .add("entries", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("artifactId", Long.parseLong(artifactId))
                        .add("bullets", Json.createArrayBuilder().add(bullet))))
                .build().toString();
    }
}
