package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodWindowTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2025-02-12");

    @Test
    void a_day_is_its_own_window_keyed_by_its_date() {
        PeriodWindow day = PeriodWindow.containing(WEDNESDAY, 1);

        assertThat(day.key()).isEqualTo("2025-02-12");
        assertThat(day.end()).isEqualTo(LocalDate.parse("2025-02-13"));
        assertThat(day.title("fr")).isEqualTo("L'essentiel du 12 février 2025");
        assertThat(day.title("en")).isEqualTo("Top stories of 12 February 2025");
    }

    @Test
    void a_week_runs_from_monday_to_sunday() {
        PeriodWindow week = PeriodWindow.containing(WEDNESDAY, 7);

        assertThat(week.start()).isEqualTo(LocalDate.parse("2025-02-10"));
        assertThat(week.key()).isEqualTo("2025-02-10/P7D");
        assertThat(PeriodWindow.containing(LocalDate.parse("2025-02-16"), 7)).isEqualTo(week);
        assertThat(PeriodWindow.containing(LocalDate.parse("2025-02-17"), 7)).isNotEqualTo(week);
        assertThat(week.title("en")).isEqualTo("Top stories of the week of 10 February 2025");
        assertThat(week.title("fr")).isEqualTo("L'essentiel de la semaine du 10 février 2025");
    }

    @Test
    void other_lengths_are_cut_the_same_way_by_every_replica() {
        PeriodWindow threeDays = PeriodWindow.containing(WEDNESDAY, 3);

        assertThat(PeriodWindow.containing(threeDays.start(), 3)).isEqualTo(threeDays);
        assertThat(PeriodWindow.containing(threeDays.end().minusDays(1), 3)).isEqualTo(threeDays);
        assertThat(threeDays.start()).isBeforeOrEqualTo(WEDNESDAY);
        assertThat(threeDays.end()).isAfter(WEDNESDAY);
        assertThat(threeDays.title("en")).startsWith("Top stories from ").contains(" to ");
    }

    @Test
    void a_key_reads_back_as_its_window() {
        for (int days : new int[] {1, 3, 7}) {
            PeriodWindow window = PeriodWindow.containing(WEDNESDAY, days);
            assertThat(PeriodWindow.parse(window.key())).isEqualTo(window);
        }
        assertThatThrownBy(() -> new PeriodWindow(WEDNESDAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
