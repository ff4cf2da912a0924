package io.veille.summary.wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.veille.summary.client.mistral.MistralChatClient;
import io.veille.summary.client.openai.OpenAiChatClient;
import io.veille.summary.config.LlmConfig;
import io.veille.summary.digest.ExtractiveDigestWriter;
import io.veille.summary.llm.BudgetedChatClient;
import io.veille.summary.llm.ChatClient;
import io.veille.summary.llm.GuardedChatClient;
import io.veille.summary.llm.RetryingChatClient;
import io.veille.summary.llm.Sleeper;
import io.veille.summary.llm.TokenBudget;
import io.veille.summary.persist.LlmCallRepository;

/** Builds the chat client of the provider named by veille.llm.provider, and says what it built. */
@ApplicationScoped
public class LlmClientBeans {

    private static final Logger LOG = Logger.getLogger(LlmClientBeans.class);

    // Singleton: a record cannot be proxied, and it is built once at startup anyway.
    @Produces
    @Singleton
    LlmSetup setup(LlmConfig config, LlmCallRepository calls, Clock clock) {
        String provider = config.provider().trim().toLowerCase(Locale.ROOT);
        LlmConfig.Provider settings = switch (provider) {
            case ExtractiveDigestWriter.PROVIDER -> null;
            case OpenAiChatClient.PROVIDER -> config.openai();
            case MistralChatClient.PROVIDER -> config.mistral();
            default -> throw new IllegalStateException(
                    "veille.llm.provider must be extractive, openai or mistral, not '" + config.provider() + "'");
        };
        if (settings == null) {
            LOG.infof("LLM provider extractive: model %s (offline, no LLM calls)", ExtractiveDigestWriter.MODEL);
            return LlmSetup.extractive(provider);
        }
        String key = settings.apiKey().map(String::trim).orElse("");
        ChatClient server = switch (provider) {
            // langchain4j's own retries are off (0): they cannot see Retry-After nor record each attempt.
            case OpenAiChatClient.PROVIDER -> new OpenAiChatClient(settings.baseUrl(), key, settings.model(),
                    settings.timeout(), settings.maxTokens(), settings.temperature(), 0);
            default -> new MistralChatClient(settings.baseUrl(), key, settings.model(), settings.timeout(),
                    settings.maxTokens(), settings.temperature());
        };
        TokenBudget budget = new TokenBudget(settings.tokensPerHour(), clock);
        seed(budget, calls, provider, clock);
        // Retrying sits inside the guard: the breaker counts one failure per article once its
        // retries are spent (its threshold stays "articles that could not be written"), an open
        // circuit stops retries too, and a call waiting to retry keeps its slot, which slows the
        // service down while the server is rate limiting instead of sending it more.
        // The budget sits outside everything: a spent budget takes no slot and is no server trouble.
        GuardedChatClient guarded = new GuardedChatClient(
                new RetryingChatClient(server, settings.maxRetries(), settings.maxRetryWait(), Sleeper.SYSTEM, calls, clock),
                settings.maxConcurrentCalls(), settings.timeout(), settings.circuitBreaker().failureThreshold(),
                settings.circuitBreaker().openFor(), clock);
        LlmSetup setup = new LlmSetup(provider, settings, new BudgetedChatClient(guarded, budget), guarded, budget);
        LOG.infof("LLM provider %s: model %s at %s (API key %s, timeout %s, max tokens %d, temperature %s, max retries %d,"
                + " max retry wait %s, max concurrent calls %d, tokens per hour %s, %d used in the last hour, circuit %s)",
                provider, settings.model(), settings.baseUrl(), key.isEmpty() ? "not set" : "set", settings.timeout(),
                settings.maxTokens(), settings.temperature(), settings.maxRetries(), settings.maxRetryWait(),
                settings.maxConcurrentCalls(), settings.tokensPerHour() == 0 ? "unlimited" : settings.tokensPerHour(),
                budget.usedLastHour(), guarded.circuit().state());
        return setup;
    }

    /** The last hour's calls count against the budget, so a restart does not reset it. */
    private static void seed(TokenBudget budget, LlmCallRepository calls, String provider, Clock clock) {
        try {
            budget.seed(calls.since(hourAgo(clock), provider));
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not read the last hour's LLM calls; the token budget starts empty");
        }
    }

    static Instant hourAgo(Clock clock) {
        return clock.instant().minus(Duration.ofHours(1));
    }
}
