package io.veille.summary.llm;

import java.time.Instant;

/** One call to a model, as stored in summary.llm_call and counted in metrics. */
public record LlmCall(String provider, String model, int tokensIn, int tokensOut, long latencyMs, String outcome,
        Instant createdAt) {

    public static final String OK = "OK";
}
