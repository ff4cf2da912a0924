package io.veille.bench;

import org.HdrHistogram.Histogram;

/**
 * Response times in nanoseconds, read back as percentiles in milliseconds. Not thread-safe: each
 * load worker keeps its own and they are added together at the end.
 */
final class Latencies {

    /** Percentiles in ms; all null when nothing was recorded (JSON null rather than NaN). */
    record Summary(long count, Double p50Ms, Double p90Ms, Double p99Ms, Double maxMs) {
    }

    // Auto-resizing, 3 significant digits: a value is off by at most 0.1 %, whatever its size.
    private final Histogram histogram = new Histogram(3);

    void record(long nanos) {
        histogram.recordValue(Math.max(1, nanos));
    }

    void add(Latencies other) {
        histogram.add(other.histogram);
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The smallest recorded value that at least {@code percentile} % of the values do not exceed. */
    Double percentileMs(double percentile) {
        return count() == 0 ? null : histogram.getValueAtPercentile(percentile) / 1e6;
    }

    Summary summary() {
        return new Summary(count(), percentileMs(50), percentileMs(90), percentileMs(99),
                count() == 0 ? null : histogram.getMaxValue() / 1e6);
    }
}
