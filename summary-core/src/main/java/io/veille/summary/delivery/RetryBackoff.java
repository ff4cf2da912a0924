package io.veille.summary.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before the next attempt of a delivery: initial, doubled after each failure, capped, and
 * scattered over its upper half (jitter), so the subscribers of a target that was down do not all
 * come back in the same instant.
 */
public final class RetryBackoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    /** @param random values in [0, 1) */
    public RetryBackoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** @param failures attempts made so far, at least 1 */
    public Duration after(int failures) {
        long ceiling = ceilingMillis(Math.max(1, failures));
        long jittered = ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2));
        return Duration.ofMillis(Math.max(1, jittered));
    }

    /** Without jitter: initial * 2^(failures - 1), never above max. */
    long ceilingMillis(int failures) {
        long millis = initial.toMillis();
        long cap = max.toMillis();
        for (int i = 1; i < failures && millis < cap; i++) {
            millis *= 2;
        }
        return Math.min(millis, cap);
    }
}
