package io.veille.extractor.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The extractor's own settings (prefix veille.extractor). */
@ConfigMapping(prefix = "veille.extractor")
public interface ExtractorConfig {

    /** Retries of transient failures (database, publishing) before a record goes to the dead-letter topic. */
    Retry retry();

    /** Largest request body POST /api/v1/extract accepts, in bytes; larger ones get 413. */
    @WithDefault("5242880")
    long maxExtractBodyBytes();

    interface Retry {

        /** Attempts in all, the first one included. */
        @WithDefault("3")
        int maxAttempts();

        /** Wait before the second attempt; doubled before each next one. */
        @WithDefault("PT0.2S")
        Duration initialBackoff();
    }
}
