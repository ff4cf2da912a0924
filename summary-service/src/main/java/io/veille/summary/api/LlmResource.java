package io.veille.summary.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.veille.summary.config.LlmConfig;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.llm.GuardedChatClient;
import io.veille.summary.persist.LlmCallRepository;
import io.veille.summary.wiring.LlmSetup;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/llm")
@Produces(MediaType.APPLICATION_JSON)
public class LlmResource {

    /**
     * Which model writes the digests and how it is doing; never the key, only whether one is set.
     * Settings are null for the extractive provider. Durations are ISO-8601 (PT30S).
     */
    public record LlmInfo(String provider, String model, String baseUrl, Boolean apiKeySet, String timeout,
            Integer maxTokens, Double temperature, Integer maxRetries, String maxRetryWait, Integer maxConcurrentCalls,
            Long tokensPerHour, Long tokensUsedLastHour, Circuit circuit, Long callsLastHour) {
    }

    /** closed, open (until openUntil) or half-open (the next call is the trial). */
    public record Circuit(String state, Instant openUntil, int consecutiveFailures) {
    }

    private final DigestWriter writer;
    private final LlmSetup llm;
    private final LlmCallRepository calls;
    private final Clock clock;

    public LlmResource(DigestWriter writer, LlmSetup llm, LlmCallRepository calls, Clock clock) {
        this.writer = writer;
        this.llm = llm;
        this.calls = calls;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The LLM provider and model in use, its limits, budget and circuit state")
    public LlmInfo get() {
        if (!llm.usesModel()) {
            return new LlmInfo(writer.provider(), writer.model(), null, null, null, null, null, null, null, null, null, null,
                    null, null);
        }
        LlmConfig.Provider s = llm.settings();
        GuardedChatClient.CircuitState circuit = llm.guarded().circuit();
        return new LlmInfo(llm.provider(), s.model(), s.baseUrl(), s.apiKey().filter(k -> !k.isBlank()).isPresent(),
                s.timeout().toString(), s.maxTokens(), s.temperature(), s.maxRetries(), s.maxRetryWait().toString(),
                s.maxConcurrentCalls(), s.tokensPerHour(), llm.budget().usedLastHour(),
                new Circuit(circuit.state(), circuit.openUntil(), circuit.consecutiveFailures()),
                calls.countSince(clock.instant().minus(Duration.ofHours(1)), llm.provider()));
    }
}
