package io.veille.summary.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.veille.contracts.http.RetryAfter;

/**
 * Retries a call that met a 429, a 5xx or a timeout. It waits what the server asked for in
 * Retry-After (delta-seconds or HTTP-date), else an exponential backoff without jitter (500 ms,
 * 1 s, 2 s...): calls are few and already spread by the concurrency cap, so jitter buys little
 * and would make the waits untestable. A wait longer than maxRetryWait is not made: the failure
 * goes up at once and the article gets its extractive digest rather than stalling a worker.
 *
 * <p>Each attempt it retries is recorded here as an llm_call row of its own (tokens 0), so the
 * table shows every HTTP call; the last attempt, successful or not, is recorded by the caller as
 * before, once per logical call.
 */
public final class RetryingChatClient extends ForwardingChatClient {

    private static final Logger LOG = Logger.getLogger(RetryingChatClient.class.getName());

    static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);

    private final int maxRetries;
    private final Duration maxRetryWait;
    private final Sleeper sleeper;
    private final LlmCallLog calls;
    private final Clock clock;

    public RetryingChatClient(ChatClient delegate, int maxRetries, Duration maxRetryWait, Sleeper sleeper,
            LlmCallLog calls, Clock clock) {
        super(delegate);
        this.maxRetries = Math.max(0, maxRetries);
        this.maxRetryWait = maxRetryWait;
        this.sleeper = sleeper;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public ChatReply complete(ChatPrompt prompt) {
        for (int retry = 0;; retry++) {
            Instant start = clock.instant();
            try {
                return delegate.complete(prompt);
            } catch (LlmFailure e) {
                if (!e.kind().retryable() || retry >= maxRetries) {
                    throw e;
                }
                Duration wait = e.retryAfter().flatMap(value -> RetryAfter.parse(value, clock.instant()))
                        .orElse(backoff(retry));
                if (wait.compareTo(maxRetryWait) > 0) {
                    throw new LlmFailure(e.kind(), e.getMessage() + " (retry in " + wait + " is beyond the "
                            + maxRetryWait + " cap)", e.getCause(), e.retryAfter().orElse(null));
                }
                record(start, e.kind());
                pause(wait, e);
            }
        }
    }

    /** 500 ms before the first retry, doubling after. */
    static Duration backoff(int retry) {
        return INITIAL_BACKOFF.multipliedBy(1L << Math.min(retry, 20));
    }

    private void pause(Duration wait, LlmFailure cause) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private void record(Instant start, LlmFailure.Kind kind) {
        Instant end = clock.instant();
        try {
            calls.record(new LlmCall(delegate.provider(), delegate.model(), 0, 0, Duration.between(start, end).toMillis(),
                    kind.name(), end));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record an LLM call", e);
        }
    }
}
