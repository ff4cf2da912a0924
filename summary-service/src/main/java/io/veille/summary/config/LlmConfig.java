package io.veille.summary.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * veille.llm.*: which model writes the digests; read at startup, so no rebuild is needed to
 * switch. Each provider has the same settings under its own prefix (veille.llm.openai.*,
 * veille.llm.mistral.*); only the chosen provider's are used. Base URLs and key sources differ
 * per provider and are set in application.properties.
 */
@ConfigMapping(prefix = "veille.llm")
public interface LlmConfig {

    /** extractive (offline, the default), openai (any OpenAI-compatible server) or mistral (Mistral's native API). */
    @WithDefault("extractive")
    String provider();

    /** Article characters sent to a model at most; facts are always sent first. */
    @WithDefault("12000")
    int maxInputChars();

    /** Repair calls for an answer whose figures the facts do not back (0: fall back at once). */
    @WithDefault("1")
    int repairAttempts();

    Provider openai();

    Provider mistral();

    interface Provider {

        String baseUrl();

        /** Empty for local servers; only ever from the environment (see application.properties). */
        Optional<String> apiKey();

        @WithDefault("mistral-small-latest")
        String model();

        @WithDefault("0.2")
        double temperature();

        /** One HTTP call at most; a slot is also awaited this long. */
        @WithDefault("30s")
        Duration timeout();

        /** Output tokens at most per answer. */
        @WithDefault("1200")
        int maxTokens();

        /** Retries after a 429, a 5xx or a timeout, before the extractive fallback. */
        @WithDefault("2")
        int maxRetries();

        /** The longest single wait before a retry (Retry-After or backoff); a longer one is not made: the article falls back. */
        @WithDefault("20s")
        Duration maxRetryWait();

        /** Calls in flight at most; an article waits up to the timeout for a slot, then falls back. */
        @WithDefault("4")
        int maxConcurrentCalls();

        /** Tokens (in + out) spent over the last hour at most, then extractive digests until it frees; 0: unlimited. */
        @WithDefault("0")
        long tokensPerHour();

        CircuitBreaker circuitBreaker();
    }

    interface CircuitBreaker {

        /** Consecutive calls failed by timeouts, 429s or 5xx (after their retries) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long no call is made once open; then one trial call decides. */
        @WithDefault("30s")
        Duration openFor();
    }
}
