package io.veille.summary.llm;

/** Why an LLM call gave no usable digest; the kind is recorded as the call's outcome. */
public class LlmFailure extends RuntimeException {

    public enum Kind {
        TIMEOUT, RATE_LIMITED, SERVER_ERROR, CLIENT_ERROR, MALFORMED, UNGROUNDED, ERROR,
        /** Not called: the circuit breaker is open after repeated failures. */
        CIRCUIT_OPEN,
        /** Not called: every concurrent-call permit stayed taken. */
        BUSY;

        /** Whether the server was actually called (and so the call is recorded in llm_call). */
        public boolean called() {
            return this != CIRCUIT_OPEN && this != BUSY;
        }

        /** Failures that say the server is unwell, as opposed to a bad answer to one article. */
        public boolean serverTrouble() {
            return this == TIMEOUT || this == RATE_LIMITED || this == SERVER_ERROR || this == ERROR;
        }
    }

    private final Kind kind;

    public LlmFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
