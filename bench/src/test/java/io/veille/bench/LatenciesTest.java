package io.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesOfOneToAThousandMillisecondsAreTheNearestRanksInMilliseconds() {
        Latencies latencies = new Latencies();
        for (long ms = 1000; ms >= 1; ms--) { // order must not matter
            latencies.record(ms * MS);
        }

        Latencies.Summary summary = latencies.summary();

        // 3 significant digits: each value within 0.1 %.
        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50Ms()).isCloseTo(500, within(0.5));
        assertThat(summary.p90Ms()).isCloseTo(900, within(0.9));
        assertThat(summary.p99Ms()).isCloseTo(990, within(1.0));
        assertThat(summary.maxMs()).isCloseTo(1000, within(1.0));
    }

    @Test
    void aFewSlowAnswersMoveTheTailButNotTheMedian() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 980; i++) {
            latencies.record(2 * MS);
        }
        for (int i = 0; i < 20; i++) {
            latencies.record(250 * MS);
        }

        assertThat(latencies.percentileMs(50)).isCloseTo(2, within(0.01));
        assertThat(latencies.percentileMs(90)).isCloseTo(2, within(0.01));
        assertThat(latencies.percentileMs(99)).isCloseTo(250, within(0.25));
        assertThat(latencies.summary().maxMs()).isCloseTo(250, within(0.25));
    }

    @Test
    void workersAddedTogetherGiveThePercentilesOfAllTheirValues() {
        Latencies slow = new Latencies();
        Latencies fast = new Latencies();
        for (long ms = 1; ms <= 100; ms++) {
            (ms <= 50 ? fast : slow).record(ms * MS);
        }

        Latencies all = new Latencies();
        all.add(fast);
        all.add(slow);

        assertThat(all.count()).isEqualTo(100);
        assertThat(all.percentileMs(50)).isCloseTo(50, within(0.05));
        assertThat(all.percentileMs(99)).isCloseTo(99, within(0.1));
    }

    @Test
    void nothingRecordedGivesNoPercentilesRatherThanZero() {
        Latencies.Summary summary = new Latencies().summary();

        assertThat(summary.count()).isZero();
        assertThat(summary.p50Ms()).isNull();
        assertThat(summary.p99Ms()).isNull();
        assertThat(summary.maxMs()).isNull();
    }
}
