package io.veille.summary.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** veille.llm.*: which model writes the digests; read at startup, so no rebuild is needed to switch. */
@ConfigMapping(prefix = "veille.llm")
public interface LlmConfig {

    /** extractive (offline, the default) or openai (any OpenAI-compatible server). */
    @WithDefault("extractive")
    String provider();

    /** Article characters sent to a model at most; facts are always sent first. */
    @WithDefault("12000")
    int maxInputChars();

    /** Repair calls for an answer whose figures the facts do not back (0: fall back at once). */
    @WithDefault("1")
    int repairAttempts();

    OpenAi openai();

    interface OpenAi {

        @WithDefault("http://127.0.0.1:11434/v1")
        String baseUrl();

        /** Empty for local servers; from VEILLE_LLM_API_KEY for hosted ones. */
        Optional<String> apiKey();

        @WithDefault("mistral-small-latest")
        String model();

        @WithDefault("30s")
        Duration timeout();

        @WithDefault("1200")
        int maxTokens();

        @WithDefault("0.2")
        double temperature();

        /** Retries on 429/5xx/timeouts done by the client before the extractive fallback. */
        @WithDefault("1")
        int maxRetries();

        /** Calls in flight at most; an article waits up to the timeout for a slot, then falls back. */
        @WithDefault("4")
        int maxConcurrentCalls();

        CircuitBreaker circuitBreaker();
    }

    interface CircuitBreaker {

        /** Consecutive timeouts, 429s or 5xx that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long no call is made once open; then one trial call decides. */
        @WithDefault("30s")
        Duration openFor();
    }
}
