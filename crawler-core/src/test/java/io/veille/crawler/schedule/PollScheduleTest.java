package io.veille.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.crawler.source.Source;

class PollScheduleTest {

    private static final Instant T0 = Instant.parse("2025-02-10T08:00:00Z");
    private final Source fast = new Source("fast", URI.create("https://a.example/rss"), "fr", Duration.ofMinutes(5), false);
    private final Source slow = new Source("slow", URI.create("https://b.example/rss"), "en", Duration.ofHours(1), false);
    private final PollSchedule schedule = new PollSchedule();

    @Test
    void a_source_never_polled_is_due_at_once() {
        assertThat(schedule.due(List.of(fast, slow), T0)).containsExactly(fast, slow);
    }

    @Test
    void a_source_is_due_again_when_its_interval_has_passed() {
        poll(fast, T0, true);
        poll(slow, T0, true);
        assertThat(schedule.due(List.of(fast, slow), T0.plusSeconds(299))).isEmpty();
        assertThat(schedule.due(List.of(fast, slow), T0.plusSeconds(300))).containsExactly(fast);
        assertThat(schedule.due(List.of(fast, slow), T0.plus(Duration.ofHours(1)))).containsExactly(fast, slow);
    }

    @Test
    void a_source_being_polled_is_not_due_and_cannot_be_started_twice() {
        assertThat(schedule.tryStart("fast")).isTrue();
        assertThat(schedule.tryStart("fast")).isFalse();
        assertThat(schedule.due(List.of(fast, slow), T0)).containsExactly(slow);
        schedule.finished("fast", T0, true);
        assertThat(schedule.tryStart("fast")).isTrue();
    }

    @Test
    void a_failing_source_backs_off_exponentially_up_to_sixteen_intervals() {
        poll(fast, T0, false);
        assertThat(schedule.nextPoll(fast)).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        poll(fast, T0, false);
        assertThat(schedule.nextPoll(fast)).isEqualTo(T0.plus(Duration.ofMinutes(20)));
        for (int i = 0; i < 10; i++) {
            poll(fast, T0, false);
        }
        assertThat(schedule.nextPoll(fast)).isEqualTo(T0.plus(Duration.ofMinutes(80)));
        poll(fast, T0, true);
        assertThat(schedule.nextPoll(fast)).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void a_poll_before_a_restart_is_remembered() {
        schedule.restore("slow", T0, 0);
        assertThat(schedule.due(List.of(slow), T0.plusSeconds(60))).isEmpty();
    }

    private void poll(Source source, Instant at, boolean ok) {
        assertThat(schedule.tryStart(source.id())).isTrue();
        schedule.finished(source.id(), at, ok);
    }
}
