package io.veille.summary.llm;

import java.util.Optional;

/** Why an LLM call gave no usable digest; the kind is recorded as the call's outcome. */
public class LlmFailure extends RuntimeException {

    public enum Kind {
        TIMEOUT, RATE_LIMITED, SERVER_ERROR, CLIENT_ERROR, MALFORMED, UNGROUNDED, ERROR,
        /** Not called: the circuit breaker is open after repeated failures. */
        CIRCUIT_OPEN,
        /** Not called: every concurrent-call permit stayed taken. */
        BUSY,
        /** Not called: the tokens spent in the last hour reached the configured budget. */
        BUDGET_EXHAUSTED;

        /** Whether the server was actually called (and so the call is recorded in llm_call). */
        public boolean called() {
            return this != CIRCUIT_OPEN && this != BUSY && this != BUDGET_EXHAUSTED;
        }

        /** Failures that say the server is unwell, as opposed to a bad answer to one article. */
        public boolean serverTrouble() {
            return this == TIMEOUT || this == RATE_LIMITED || this == SERVER_ERROR || this == ERROR;
        }

        /** Failures that the same request may not meet again a little later (429, 5xx, timeouts). */
        public boolean retryable() {
            return this == TIMEOUT || this == RATE_LIMITED || this == SERVER_ERROR;
        }
    }

    /** What an HTTP error status from a model server means for the retry and the breaker. */
    public static Kind ofHttpStatus(int status) {
        return status >= 500 ? Kind.SERVER_ERROR
                : status == 429 ? Kind.RATE_LIMITED
                : status == 408 ? Kind.TIMEOUT
                : Kind.CLIENT_ERROR;
    }

    private final Kind kind;
    private final String retryAfter;

    public LlmFailure(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    /** @param retryAfter the server's Retry-After header as sent (delta-seconds or HTTP-date), or null */
    public LlmFailure(Kind kind, String message, Throwable cause, String retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter == null || retryAfter.isBlank() ? null : retryAfter.trim();
    }

    public Kind kind() {
        return kind;
    }

    /** The Retry-After header of the failed response, unparsed: only the retrying client knows the time. */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
