package io.veille.summary.llm;

import java.util.ArrayList;
import java.util.List;

/** An LlmCallLog that keeps what it is told, for tests. */
public final class RecordedCalls implements LlmCallLog {

    public final List<LlmCall> calls = new ArrayList<>();
    public final List<String> fallbacks = new ArrayList<>();

    @Override
    public synchronized void record(LlmCall call) {
        calls.add(call);
    }

    @Override
    public synchronized void fallback(String reason) {
        fallbacks.add(reason);
    }
}
