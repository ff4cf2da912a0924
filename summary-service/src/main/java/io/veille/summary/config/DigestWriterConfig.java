package io.veille.summary.config;

import java.time.Clock;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.veille.summary.digest.CachingDigestWriter;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.digest.ExtractiveDigestWriter;
import io.veille.summary.llm.ChatClient;
import io.veille.summary.llm.GuardedChatClient;
import io.veille.summary.llm.LlmCallLog;
import io.veille.summary.llm.LlmDigestWriter;
import io.veille.summary.llm.PromptBuilder;
import io.veille.summary.llm.openai.OpenAiChatClient;
import io.veille.summary.persist.DigestCacheRepository;

/** Picks the digest writer from veille.llm.provider when the application starts. */
@ApplicationScoped
public class DigestWriterConfig {

    private static final Logger LOG = Logger.getLogger(DigestWriterConfig.class);

    /** Builds the writer at startup: the provider log line appears at once and a bad provider fails fast. */
    void announce(@Observes StartupEvent event, DigestWriter writer) {
        writer.provider();
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    // Typed so that it is not a second candidate for DigestWriter injection points.
    @Produces
    @ApplicationScoped
    @Typed(ExtractiveDigestWriter.class)
    ExtractiveDigestWriter extractive() {
        return new ExtractiveDigestWriter();
    }

    @Produces
    @ApplicationScoped
    DigestWriter writer(LlmConfig config, ExtractiveDigestWriter extractive, LlmCallLog calls, DigestCacheRepository cache,
            Clock clock) {
        String provider = config.provider().trim().toLowerCase(Locale.ROOT);
        DigestWriter writer = switch (provider) {
            case ExtractiveDigestWriter.PROVIDER -> extractive;
            case OpenAiChatClient.PROVIDER -> {
                LlmConfig.OpenAi openai = config.openai();
                ChatClient chat = new GuardedChatClient(
                        new OpenAiChatClient(openai.baseUrl(), openai.apiKey().orElse(""), openai.model(), openai.timeout(),
                                openai.maxTokens(), openai.temperature(), openai.maxRetries()),
                        openai.maxConcurrentCalls(), openai.timeout(), openai.circuitBreaker().failureThreshold(),
                        openai.circuitBreaker().openFor(), clock);
                LOG.infof("LLM provider openai: model %s at %s (timeout %s, max tokens %d, API key %s)", openai.model(),
                        openai.baseUrl(), openai.timeout(), openai.maxTokens(),
                        openai.apiKey().filter(k -> !k.isBlank()).isPresent() ? "set" : "not set");
                yield new CachingDigestWriter(new LlmDigestWriter(chat, new PromptBuilder(config.maxInputChars()), extractive,
                        calls, clock, config.repairAttempts()), cache);
            }
            default -> throw new IllegalStateException(
                    "veille.llm.provider must be extractive or openai, not '" + config.provider() + "'");
        };
        if (writer == extractive) {
            LOG.infof("LLM provider extractive: model %s (offline, no LLM calls)", ExtractiveDigestWriter.MODEL);
        }
        return writer;
    }
}
