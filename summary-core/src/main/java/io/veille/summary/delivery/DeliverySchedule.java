package io.veille.summary.delivery;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * When a subscriber's e-mail digest goes out, in the subscriber's time zone: {@code daily 08:00},
 * {@code weekly mon 08:00}, or a five-field Unix cron expression ({@code 0 7 * * 1-5}). Local
 * times follow the zone's daylight-saving rules: a time that does not exist on a spring-forward day
 * is sent at the first instant after the gap. A schedule firing more than once an hour is refused:
 * this is a digest, not an alert.
 */
public final class DeliverySchedule {

    private static final Pattern DAILY = Pattern.compile("daily\\s+(\\d{1,2}:\\d{2})");
    private static final Pattern WEEKLY = Pattern.compile("weekly\\s+([a-z]{3})\\s+(\\d{1,2}:\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final Duration SHORTEST_INTERVAL = Duration.ofHours(1);
    private static final int MAX_CHARS = 100;

    private final String expression;
    private final ZoneId zone;
    /** The first firing strictly after a local date-time. */
    private final UnaryOperator<ZonedDateTime> nextAfter;

    private DeliverySchedule(String expression, ZoneId zone, UnaryOperator<ZonedDateTime> nextAfter) {
        this.expression = expression;
        this.zone = zone;
        this.nextAfter = nextAfter;
    }

    /**
     * @throws IllegalArgumentException naming what is wrong, fit for a 400: an unknown form, a bad
     *         time or weekday, an invalid cron expression, one firing more than hourly, an unknown zone
     */
    public static DeliverySchedule parse(String schedule, String timeZone) {
        ZoneId zone = zone(timeZone);
        if (schedule == null || schedule.isBlank()) {
            throw new IllegalArgumentException("schedule is required: 'daily HH:MM', 'weekly mon HH:MM' or a cron expression");
        }
        if (schedule.length() > MAX_CHARS) {
            throw new IllegalArgumentException("schedule has at most " + MAX_CHARS + " characters");
        }
        String expression = schedule.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher daily = DAILY.matcher(expression);
        if (daily.matches()) {
            LocalTime at = time(daily.group(1));
            return new DeliverySchedule(expression, zone, after -> atOrRollForward(after, at, 1));
        }
        Matcher weekly = WEEKLY.matcher(expression);
        if (weekly.matches()) {
            DayOfWeek day = Optional.ofNullable(DAYS.get(weekly.group(1))).orElseThrow(() -> new IllegalArgumentException(
                    "unknown weekday '" + weekly.group(1) + "' in schedule: mon, tue, wed, thu, fri, sat or sun"));
            LocalTime at = time(weekly.group(2));
            return new DeliverySchedule(expression, zone, after -> weekly(after, day, at));
        }
        if (expression.startsWith("daily") || expression.startsWith("weekly")) {
            throw new IllegalArgumentException("schedule '" + schedule + "' is not 'daily HH:MM' or 'weekly mon HH:MM'");
        }
        return cron(expression, zone);
    }

    /** The first time the digest is due strictly after {@code after}. */
    public Instant next(Instant after) {
        return nextAfter.apply(after.atZone(zone)).toInstant();
    }

    /** The schedule in its normalised form (lower case, single spaces), as stored. */
    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }

    private static DeliverySchedule cron(String expression, ZoneId zone) {
        ExecutionTime execution;
        try {
            execution = ExecutionTime.forCron(CRON.parse(expression));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("schedule '" + expression + "' is not 'daily HH:MM', 'weekly mon HH:MM' or a"
                    + " five-field cron expression (minute hour day-of-month month day-of-week): " + e.getMessage(), e);
        }
        UnaryOperator<ZonedDateTime> next = after -> execution.nextExecution(after).orElseThrow(
                () -> new IllegalStateException("cron '" + expression + "' never fires after " + after));
        ZonedDateTime at = execution.nextExecution(ZonedDateTime.now(zone)).orElseThrow(
                () -> new IllegalArgumentException("cron '" + expression + "' never fires"));
        // a week and a day of firings covers every pattern a five-field cron can make but monthly ones, which are sparse anyway;
        // at least an hour apart, that is at most 192 steps
        ZonedDateTime horizon = at.plusDays(8);
        while (at.isBefore(horizon)) {
            ZonedDateTime following = next.apply(at);
            if (Duration.between(at, following).compareTo(SHORTEST_INTERVAL) < 0) {
                throw new IllegalArgumentException("schedule '" + expression + "' fires more than once an hour");
            }
            at = following;
        }
        return new DeliverySchedule(expression, zone, next);
    }

    private static ZonedDateTime weekly(ZonedDateTime after, DayOfWeek day, LocalTime at) {
        ZonedDateTime candidate = after.toLocalDate().with(TemporalAdjusters.nextOrSame(day)).atTime(at).atZone(after.getZone());
        return candidate.isAfter(after) ? candidate
                : after.toLocalDate().with(TemporalAdjusters.next(day)).atTime(at).atZone(after.getZone());
    }

    private static ZonedDateTime atOrRollForward(ZonedDateTime after, LocalTime at, int days) {
        ZonedDateTime candidate = after.toLocalDate().atTime(at).atZone(after.getZone());
        return candidate.isAfter(after) ? candidate : after.toLocalDate().plusDays(days).atTime(at).atZone(after.getZone());
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time of day (HH:MM, 00:00 to 23:59)", e);
        }
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw new IllegalArgumentException("timeZone is required, an IANA zone such as Europe/Paris");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone '" + timeZone + "' is not an IANA time zone such as Europe/Paris", e);
        }
    }
}
