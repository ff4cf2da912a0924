package io.veille.summary.persist;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.veille.summary.llm.LlmCall;
import io.veille.summary.llm.LlmCallLog;

/**
 * Records every LLM call in summary.llm_call and in the veille.llm.* metrics: calls{provider,
 * model,outcome}, tokens{provider,model,direction}, latency{provider,model} and
 * fallbacks{reason}. Reads the last hour back for the token budget and the API.
 */
@ApplicationScoped
public class LlmCallRepository implements PanacheRepositoryBase<LlmCallEntity, Long>, LlmCallLog {

    private final MeterRegistry metrics;

    public LlmCallRepository(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(LlmCall call) {
        // Metrics first: a database hiccup must not hide the call from the dashboards too.
        String provider = call.provider();
        String model = call.model() == null ? "" : call.model();
        metrics.counter("veille.llm.calls", "provider", provider, "model", model, "outcome", call.outcome()).increment();
        metrics.counter("veille.llm.tokens", "provider", provider, "model", model, "direction", "in").increment(call.tokensIn());
        metrics.counter("veille.llm.tokens", "provider", provider, "model", model, "direction", "out").increment(call.tokensOut());
        metrics.timer("veille.llm.latency", "provider", provider, "model", model).record(Duration.ofMillis(call.latencyMs()));

        LlmCallEntity row = new LlmCallEntity();
        row.provider = call.provider();
        row.model = call.model();
        row.tokensIn = call.tokensIn();
        row.tokensOut = call.tokensOut();
        row.latencyMs = call.latencyMs();
        row.outcome = call.outcome();
        row.createdAt = call.createdAt();
        persist(row);
    }

    @Override
    public void fallback(String reason) {
        metrics.counter("veille.llm.fallbacks", "reason", reason).increment();
    }

    /** The calls of one provider made since a time, oldest first: what seeds the token budget after a restart. */
    @Transactional
    public List<LlmCall> since(Instant from, String provider) {
        return find("createdAt >= ?1 and provider = ?2 order by createdAt", from, provider).list().stream()
                .map(row -> new LlmCall(row.provider, row.model, row.tokensIn, row.tokensOut, row.latencyMs, row.outcome,
                        row.createdAt))
                .toList();
    }

    /** How many calls (HTTP requests, retries included) one provider made since a time. */
    @Transactional
    public long countSince(Instant from, String provider) {
        return count("createdAt >= ?1 and provider = ?2", from, provider);
    }
}
