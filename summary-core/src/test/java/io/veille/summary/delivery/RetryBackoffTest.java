package io.veille.summary.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff top = new RetryBackoff(Duration.ofSeconds(10), Duration.ofHours(1), () -> 0.999999);
    private final RetryBackoff bottom = new RetryBackoff(Duration.ofSeconds(10), Duration.ofHours(1), () -> 0.0);

    @Test
    void the_wait_doubles_from_the_initial_one_up_to_the_cap() {
        assertThat(top.ceilingMillis(1)).isEqualTo(10_000);
        assertThat(top.ceilingMillis(2)).isEqualTo(20_000);
        assertThat(top.ceilingMillis(3)).isEqualTo(40_000);
        assertThat(top.ceilingMillis(9)).isEqualTo(2_560_000);
        assertThat(top.ceilingMillis(10)).isEqualTo(3_600_000);
        assertThat(top.ceilingMillis(1_000)).isEqualTo(3_600_000);
    }

    @Test
    void jitter_spreads_each_wait_over_the_upper_half_of_its_ceiling() {
        assertThat(bottom.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(top.after(1)).isBetween(Duration.ofMillis(9_999), Duration.ofSeconds(10));
        assertThat(bottom.after(20)).isEqualTo(Duration.ofMinutes(30));
        assertThat(top.after(20)).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_cap_below_the_initial_wait_is_refused() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1), Math::random))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
