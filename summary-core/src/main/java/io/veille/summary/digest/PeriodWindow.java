package io.veille.summary.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The window a PERIOD digest covers: a day by default, a week (Monday to Sunday) or any number of
 * days counted from 1970-01-01, so that every replica cuts the same windows. Its key names the
 * digest's subject: "2025-02-10" for a day, "2025-02-10/P7D" for a longer window.
 */
public record PeriodWindow(LocalDate start, int days) {

    private static final DateTimeFormatter FR_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public PeriodWindow {
        if (days < 1) {
            throw new IllegalArgumentException("a period lasts at least one day, not " + days);
        }
    }

    public static PeriodWindow day(LocalDate day) {
        return new PeriodWindow(day, 1);
    }

    /** The window of that length containing the day. */
    public static PeriodWindow containing(LocalDate day, int days) {
        if (days == 1) {
            return day(day);
        }
        if (days == 7) {
            return new PeriodWindow(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 7);
        }
        long offset = Math.floorMod(ChronoUnit.DAYS.between(LocalDate.EPOCH, day), days);
        return new PeriodWindow(day.minusDays(offset), days);
    }

    /** The window a key names; the inverse of {@link #key()}. */
    public static PeriodWindow parse(String key) {
        int slash = key.indexOf("/P");
        if (slash < 0) {
            return day(LocalDate.parse(key));
        }
        return new PeriodWindow(LocalDate.parse(key.substring(0, slash)),
                Integer.parseInt(key.substring(slash + 2, key.length() - 1)));
    }

    public String key() {
        return days == 1 ? start.toString() : start + "/P" + days + "D";
    }

    /** The first day after the window. */
    public LocalDate end() {
        return start.plusDays(days);
    }

    /** "L'essentiel du 10 février 2025", "Top stories of the week of 10 February 2025", … */
    public String title(String lang) {
        boolean fr = "fr".equals(lang);
        DateTimeFormatter format = fr ? FR_DAY : EN_DAY;
        if (days == 1) {
            return fr ? "L'essentiel du " + format.format(start) : "Top stories of " + format.format(start);
        }
        if (days == 7 && start.getDayOfWeek() == DayOfWeek.MONDAY) {
            return fr ? "L'essentiel de la semaine du " + format.format(start) : "Top stories of the week of " + format.format(start);
        }
        LocalDate last = end().minusDays(1);
        return fr ? "L'essentiel du " + format.format(start) + " au " + format.format(last)
                : "Top stories from " + format.format(start) + " to " + format.format(last);
    }
}
