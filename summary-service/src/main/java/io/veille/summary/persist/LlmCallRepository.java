package io.veille.summary.persist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.veille.summary.llm.LlmCall;
import io.veille.summary.llm.LlmCallLog;

/** Records every LLM call in summary.llm_call and in the veille.summary.llm.* metrics. */
@ApplicationScoped
public class LlmCallRepository implements PanacheRepositoryBase<LlmCallEntity, Long>, LlmCallLog {

    private final MeterRegistry metrics;

    public LlmCallRepository(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(LlmCall call) {
        LlmCallEntity row = new LlmCallEntity();
        row.provider = call.provider();
        row.model = call.model();
        row.tokensIn = call.tokensIn();
        row.tokensOut = call.tokensOut();
        row.latencyMs = call.latencyMs();
        row.outcome = call.outcome();
        row.createdAt = call.createdAt();
        persist(row);
        metrics.counter("veille.summary.llm.calls", "provider", call.provider(), "outcome", call.outcome()).increment();
        metrics.counter("veille.summary.llm.tokens", "provider", call.provider(), "direction", "in").increment(call.tokensIn());
        metrics.counter("veille.summary.llm.tokens", "provider", call.provider(), "direction", "out").increment(call.tokensOut());
        if (!LlmCall.OK.equals(call.outcome())) {
            metrics.counter("veille.summary.llm.failures", "provider", call.provider(), "outcome", call.outcome()).increment();
        }
    }

    @Override
    public void fallback(String reason) {
        metrics.counter("veille.summary.llm.fallbacks", "reason", reason).increment();
    }
}
