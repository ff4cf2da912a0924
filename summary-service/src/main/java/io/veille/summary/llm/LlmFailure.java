package io.veille.summary.llm;

/** Why an LLM call gave no usable digest; the kind is recorded as the call's outcome. */
public class LlmFailure extends RuntimeException {

    public enum Kind { TIMEOUT, RATE_LIMITED, SERVER_ERROR, CLIENT_ERROR, MALFORMED, UNGROUNDED, ERROR }

    private final Kind kind;

    public LlmFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
