package io.veille.summary.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the calls to a model server: at most N at once, and a circuit breaker that stops
 * calling for a while after repeated server trouble (timeouts, 429, 5xx), so that an outage costs
 * one fallback per article rather than one timeout per article. After the open period one trial
 * call decides: success closes the circuit, failure opens it again.
 */
public final class GuardedChatClient extends ForwardingChatClient {

    private final Semaphore permits;
    private final int maxConcurrentCalls;
    private final Duration permitWait;
    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;

    private final Object lock = new Object();
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;
    private boolean trial;

    public GuardedChatClient(ChatClient delegate, int maxConcurrentCalls, Duration permitWait, int failureThreshold,
            Duration openFor, Clock clock) {
        super(delegate);
        this.permits = new Semaphore(maxConcurrentCalls, true);
        this.maxConcurrentCalls = maxConcurrentCalls;
        this.permitWait = permitWait;
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    @Override
    public ChatReply complete(ChatPrompt prompt) {
        synchronized (lock) {
            if (clock.instant().isBefore(openUntil)) {
                throw new LlmFailure(LlmFailure.Kind.CIRCUIT_OPEN, "circuit open until " + openUntil + " after repeated failures", null);
            }
        }
        if (!acquire()) {
            throw new LlmFailure(LlmFailure.Kind.BUSY, "no free LLM call slot within " + permitWait, null);
        }
        try {
            ChatReply reply = delegate.complete(prompt);
            synchronized (lock) {
                consecutiveFailures = 0;
                trial = false;
            }
            return reply;
        } catch (LlmFailure e) {
            if (e.kind().serverTrouble()) {
                failed();
            }
            throw e;
        } finally {
            permits.release();
        }
    }

    private void failed() {
        synchronized (lock) {
            consecutiveFailures++;
            if (trial || consecutiveFailures >= failureThreshold) {
                openUntil = clock.instant().plus(openFor);
                consecutiveFailures = 0;
                trial = true;
            }
        }
    }

    private boolean acquire() {
        try {
            return permits.tryAcquire(permitWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The circuit as it stands now, for the API and the startup log; read-only. */
    public CircuitState circuit() {
        synchronized (lock) {
            Instant now = clock.instant();
            if (now.isBefore(openUntil)) {
                return new CircuitState(CircuitState.OPEN, openUntil, consecutiveFailures);
            }
            return new CircuitState(trial ? CircuitState.HALF_OPEN : CircuitState.CLOSED, null, consecutiveFailures);
        }
    }

    /**
     * closed: calls go through; open: none until openUntil; half-open: the open period is over
     * and the next call is the trial that closes or reopens it.
     */
    public record CircuitState(String state, Instant openUntil, int consecutiveFailures) {
        public static final String CLOSED = "closed";
        public static final String OPEN = "open";
        public static final String HALF_OPEN = "half-open";
    }

    public int maxConcurrentCalls() {
        return maxConcurrentCalls;
    }
}
