package io.veille.support.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BoundedRetryTest {

    private final BoundedRetry retry = new BoundedRetry(3, Duration.ZERO);

    @Test
    void a_transient_failure_is_retried_until_it_passes() {
        AtomicInteger calls = new AtomicInteger();

        String result = retry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("database restarting");
            }
            return "saved";
        });

        assertThat(result).isEqualTo("saved");
        assertThat(calls).hasValue(3);
    }

    @Test
    void it_gives_up_after_the_last_attempt_with_the_last_failure() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.run(() -> {
            throw new IllegalStateException("down #" + calls.incrementAndGet());
        }))
                .isInstanceOfSatisfying(BoundedRetry.RetriesExhausted.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.last()).hasMessage("down #3");
                });
        assertThat(calls).hasValue(3);
    }

    @Test
    void a_failure_said_to_be_incurable_is_not_retried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.run(() -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("record too large");
        }, failure -> !(failure instanceof IllegalArgumentException)))
                .isInstanceOfSatisfying(BoundedRetry.RetriesExhausted.class, e -> {
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.last()).hasMessage("record too large");
                });
        assertThat(calls).hasValue(1);
    }
}
