package io.veille.support.retry;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs an action up to a fixed number of times with exponential backoff. Used for failures that
 * may pass (database, broker); deterministic ones (bad JSON, a bug) are never retried.
 */
public final class BoundedRetry {

    private final int maxAttempts;
    private final Duration initialBackoff;

    public BoundedRetry(int maxAttempts, Duration initialBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
    }

    public <T> T run(Supplier<T> action) {
        return run(action, failure -> true);
    }

    /** The same, giving up at once on a failure {@code curable} says a retry would only repeat. */
    public <T> T run(Supplier<T> action, Predicate<RuntimeException> curable) {
        Duration backoff = initialBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts || !curable.test(e)) {
                    throw new RetriesExhausted(attempt, e);
                }
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    /** The last failure, after {@code attempts} tries. */
    public static final class RetriesExhausted extends RuntimeException {

        private final int attempts;

        RetriesExhausted(int attempts, RuntimeException last) {
            super("gave up after " + attempts + " attempts: " + last.getMessage(), last);
            this.attempts = attempts;
        }

        public int attempts() {
            return attempts;
        }

        public RuntimeException last() {
            return (RuntimeException) getCause();
        }
    }
}
