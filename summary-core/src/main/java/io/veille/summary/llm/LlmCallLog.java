package io.veille.summary.llm;

/** Where every LLM call is recorded; a failure to record never fails the digest. */
public interface LlmCallLog {

    void record(LlmCall call);

    /** Counts a digest replaced by the extractive one, with the reason (failure kind). */
    void fallback(String reason);
}
