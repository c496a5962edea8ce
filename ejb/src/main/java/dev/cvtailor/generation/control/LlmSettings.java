package dev.cvtailor.generation.control;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import dev.cvtailor.generation.entity.LlmEndpoint;
import dev.langchain4j.service.AiServices;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The language models generation may use, from MicroProfile Config ({@code cvtailor.llm.*}, or the environment:
 * {@code CVTAILOR_LLM_PROVIDER}, ...): none by default, so the template generator writes every document; a primary
 * and an optional backup model otherwise, each behind its own circuit breaker. Their AI services are built once.
 */
@ApplicationScoped
public class LlmSettings {

    public static final String NONE = "none";

    private LlmEndpoint primary;
    private LlmEndpoint backup;
    private DocumentWriter primaryWriter;
    private DocumentWriter backupWriter;
    private boolean fallbackToTemplate;
    private int retries;
    private Duration retryDelay;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        primary = endpoint(config, "cvtailor.llm.").orElse(null);
        backup = endpoint(config, "cvtailor.llm.backup.").orElse(null);
        fallbackToTemplate = config.getOptionalValue("cvtailor.llm.fallback-to-template", Boolean.class).orElse(true);
        retries = config.getOptionalValue("cvtailor.llm.retries", Integer.class).orElse(3);
        retryDelay = Duration.ofMillis(config.getOptionalValue("cvtailor.llm.retry-delay-ms", Long.class).orElse(500L));
    }

    static Optional<LlmEndpoint> endpoint(Config config, String prefix) {
        String provider = config.getOptionalValue(prefix + "provider", String.class).orElse(NONE).strip()
                .toLowerCase(Locale.ROOT);
        if (provider.isEmpty() || provider.equals(NONE)) {
            return Optional.empty();
        }
        String baseUrl = config.getOptionalValue(prefix + "base-url", String.class).orElse(switch (provider) {
            case "anthropic" -> "https://api.anthropic.com/v1";
            case "ollama" -> "http://localhost:11434";
            default -> "https://api.openai.com/v1";
        });
        String model = config.getOptionalValue(prefix + "model", String.class).orElse(switch (provider) {
            case "anthropic" -> "claude-3-5-haiku-latest";
            case "ollama" -> "llama3.1";
            default -> "gpt-4o-mini";
        });
        String apiKey = config.getOptionalValue(prefix + "api-key", String.class).orElse("none");
        Duration timeout = duration(config.getOptionalValue(prefix + "timeout", String.class).orElse("20s"));
        return Optional.of(new LlmEndpoint(provider, baseUrl, apiKey, model, timeout));
    }

    /** "20s", "1500ms", "PT20S" or a number of seconds. */
    static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
    }

    public boolean enabled() {
        return primary != null;
    }

    public LlmEndpoint primary() {
        return primary;
    }

    public Optional<LlmEndpoint> backup() {
        return Optional.ofNullable(backup);
    }

    public synchronized DocumentWriter primaryWriter() {
        if (primaryWriter == null) {
            primaryWriter = writer(primary);
        }
        return primaryWriter;
    }

    public synchronized DocumentWriter backupWriter() {
        if (backupWriter == null) {
            backupWriter = writer(backup);
        }
        return backupWriter;
    }

    static DocumentWriter writer(LlmEndpoint endpoint) {
        return AiServices.builder(DocumentWriter.class).chatModel(ChatModels.of(endpoint)).build();
    }

    public boolean fallbackToTemplate() {
        return fallbackToTemplate;
    }

    public int retries() {
        return retries;
    }

    public Duration retryDelay() {
        return retryDelay;
    }
}
