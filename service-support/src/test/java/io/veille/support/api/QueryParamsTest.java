package io.veille.support.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numbers from query parameters and headers: a bad one names the parameter and what it must be. */
class QueryParamsTest {

    @Test
    void a_long_integer_beyond_int_range_is_read_and_a_bad_one_is_named() {
        assertThat(QueryParams.longInteger("Last-Event-ID", " 9000000000 ", -1, 0, Long.MAX_VALUE)).isEqualTo(9_000_000_000L);
        assertThat(QueryParams.longInteger("lastEventId", "", -1, 0, Long.MAX_VALUE)).isEqualTo(-1);
        assertThatThrownBy(() -> QueryParams.longInteger("Last-Event-ID", "yesterday", -1, 0, Long.MAX_VALUE))
                .isInstanceOf(ProblemException.class).hasMessageContaining("Last-Event-ID must be an integer, was 'yesterday'");
        assertThatThrownBy(() -> QueryParams.longInteger("lastEventId", "-3", -1, 0, Long.MAX_VALUE))
                .isInstanceOf(ProblemException.class).hasMessageContaining("lastEventId must be between 0 and");
    }

    @Test
    void an_integer_keeps_its_range_check() {
        assertThat(QueryParams.integer("size", "20", 1, 1, 100)).isEqualTo(20);
        assertThatThrownBy(() -> QueryParams.integer("size", "9000000000", 1, 1, 100))
                .isInstanceOf(ProblemException.class).hasMessageContaining("size must be between 1 and 100");
    }
}
