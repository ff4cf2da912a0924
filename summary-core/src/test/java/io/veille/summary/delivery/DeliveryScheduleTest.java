package io.veille.summary.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

    @Test
    void dailyFiresAtTheLocalTimeOfTheSubscribersZone() {
        DeliverySchedule schedule = DeliverySchedule.parse("Daily  8:00", "Europe/Paris");
        assertThat(schedule.expression()).isEqualTo("daily 8:00");
        // 06:30 UTC is 07:30 in Paris in winter: today at 08:00 Paris, 07:00 UTC
        assertThat(schedule.next(Instant.parse("2026-12-03T06:30:00Z"))).isEqualTo(Instant.parse("2026-12-03T07:00:00Z"));
        // exactly at the time: the next one is tomorrow
        assertThat(schedule.next(Instant.parse("2026-12-03T07:00:00Z"))).isEqualTo(Instant.parse("2026-12-04T07:00:00Z"));
    }

    @Test
    void dailyFollowsDaylightSavingTime() {
        DeliverySchedule schedule = DeliverySchedule.parse("daily 08:00", "Europe/Paris");
        // the night of 28-29 March 2026 Paris moves to UTC+2: 08:00 is 06:00 UTC from then on
        assertThat(schedule.next(Instant.parse("2026-03-28T08:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void aTimeInTheSpringForwardGapIsSentJustAfterIt() {
        DeliverySchedule schedule = DeliverySchedule.parse("daily 02:30", "Europe/Paris");
        // 02:30 does not exist on 29 March 2026 in Paris: 03:30 local, 01:30 UTC
        assertThat(schedule.next(Instant.parse("2026-03-28T12:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void weeklyFiresOnItsWeekday() {
        DeliverySchedule schedule = DeliverySchedule.parse("weekly mon 07:15", "America/New_York");
        // Thursday 3 December 2026: the next Monday is the 7th, 07:15 EST = 12:15 UTC
        assertThat(schedule.next(Instant.parse("2026-12-03T10:00:00Z"))).isEqualTo(Instant.parse("2026-12-07T12:15:00Z"));
        assertThat(schedule.next(Instant.parse("2026-12-07T12:15:00Z"))).isEqualTo(Instant.parse("2026-12-14T12:15:00Z"));
    }

    @Test
    void aCronExpressionIsReadInTheZone() {
        DeliverySchedule schedule = DeliverySchedule.parse("0 7 * * 1-5", "Europe/Paris");
        // Friday 4 December 2026 07:00 Paris, then Monday the 7th
        assertThat(schedule.next(Instant.parse("2026-12-03T07:00:00Z"))).isEqualTo(Instant.parse("2026-12-04T06:00:00Z"));
        assertThat(schedule.next(Instant.parse("2026-12-04T06:00:00Z"))).isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
    }

    @Test
    void badSchedulesAndZonesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> DeliverySchedule.parse("daily 25:00", "UTC")).hasMessageContaining("25:00");
        assertThatThrownBy(() -> DeliverySchedule.parse("weekly xyz 08:00", "UTC")).hasMessageContaining("xyz");
        assertThatThrownBy(() -> DeliverySchedule.parse("daily at noon", "UTC")).hasMessageContaining("daily HH:MM");
        assertThatThrownBy(() -> DeliverySchedule.parse("61 * * * *", "UTC")).hasMessageContaining("cron");
        assertThatThrownBy(() -> DeliverySchedule.parse("not a cron", "UTC")).hasMessageContaining("cron");
        assertThatThrownBy(() -> DeliverySchedule.parse("daily 08:00", "Mars/Olympus")).hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> DeliverySchedule.parse("daily 08:00", " ")).hasMessageContaining("timeZone");
        assertThatThrownBy(() -> DeliverySchedule.parse(" ", "UTC")).hasMessageContaining("required");
    }

    @Test
    void aScheduleFiringMoreThanHourlyIsRefused() {
        assertThatThrownBy(() -> DeliverySchedule.parse("* * * * *", "UTC")).hasMessageContaining("more than once an hour");
        assertThatThrownBy(() -> DeliverySchedule.parse("0,30 8 * * *", "UTC")).hasMessageContaining("more than once an hour");
        assertThat(DeliverySchedule.parse("0 * * * *", "UTC").next(Instant.parse("2026-12-03T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-03T11:00:00Z"));
    }
}
