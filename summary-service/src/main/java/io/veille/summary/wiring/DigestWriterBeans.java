package io.veille.summary.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

import io.quarkus.runtime.StartupEvent;
import io.veille.summary.config.LlmConfig;
import io.veille.summary.digest.CachingDigestWriter;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.digest.ExtractiveDigestWriter;
import io.veille.summary.llm.LlmCallLog;
import io.veille.summary.llm.LlmDigestWriter;
import io.veille.summary.llm.PromptBuilder;
import io.veille.summary.persist.DigestCacheRepository;

/** Picks the digest writer from veille.llm.provider when the application starts. */
@ApplicationScoped
public class DigestWriterBeans {

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

    /** The extractive writer, or the LLM one on the chat client chain that LlmClientBeans built. */
    @Produces
    @ApplicationScoped
    DigestWriter writer(LlmConfig config, LlmSetup llm, ExtractiveDigestWriter extractive, LlmCallLog calls,
            DigestCacheRepository cache, Clock clock) {
        if (!llm.usesModel()) {
            return extractive;
        }
        // Cached: an unchanged article or story, or a repeated ad-hoc request, is never paid for twice.
        return new CachingDigestWriter(new LlmDigestWriter(llm.chat(), new PromptBuilder(config.maxInputChars()), extractive,
                calls, clock, config.repairAttempts()), cache);
    }
}
