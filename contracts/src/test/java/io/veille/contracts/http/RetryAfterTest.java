package io.veille.contracts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void readsSecondsAndHttpDatesNeverNegative() {
        assertThat(RetryAfter.parse(" 3 ", now)).contains(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse("99999999999999999999", now)).hasValueSatisfying(d -> assertThat(d).isPositive());
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 10:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("", now)).isEmpty();
    }
}
