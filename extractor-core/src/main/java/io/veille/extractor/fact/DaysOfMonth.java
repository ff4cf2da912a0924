package io.veille.extractor.fact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.Fact;
import io.veille.lexicon.CalendarWords;

/**
 * Days named by their place in a month: "the first Tuesday of October", "the last day of October
 * 2025", "le troisième jeudi de novembre", "le dernier jour de février". Without a year, the month
 * nearest the publication date is meant; without either, nothing is read.
 */
final class DaysOfMonth {

    private static final String WS = "[ \\u00A0\\u202F]+";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The place in the month; -1 is the last. */
    private static final Map<String, Integer> PLACES = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("last", -1), Map.entry("premier", 1), Map.entry("première", 1),
            Map.entry("deuxième", 2), Map.entry("seconde", 2), Map.entry("troisième", 3),
            Map.entry("quatrième", 4), Map.entry("cinquième", 5), Map.entry("dernier", -1), Map.entry("dernière", -1));
    private static final String PLACE = String.join("|", PLACES.keySet());
    private static final String YEAR = "(?:" + WS + "(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\d])";

    private static final Pattern ENGLISH = Pattern.compile("(?<![\\p{L}])the" + WS + "(?<place>" + PLACE + ")" + WS
            + "(?<what>" + CalendarWords.WEEKDAY_NAME + "|day)" + WS + "(?:of|in)" + WS + "(?<month>"
            + CalendarWords.MONTH + ")" + YEAR, FLAGS);
    private static final Pattern FRENCH = Pattern.compile("(?<![\\p{L}])(?:le|la)" + WS + "(?<place>" + PLACE + ")" + WS
            + "(?<what>" + CalendarWords.WEEKDAY_NAME + "|jour)" + WS + "(?:de" + WS + "|d['’])(?<month>"
            + CalendarWords.MONTH + ")" + YEAR, FLAGS);

    private DaysOfMonth() {
    }

    static List<Fact> find(String text, LocalDate reference) {
        List<Fact> found = new ArrayList<>();
        for (Pattern pattern : List.of(ENGLISH, FRENCH)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                LocalDate day = day(m, reference);
                if (day != null) {
                    found.add(Fact.date(m.group(), m.start(), m.end(), day.toString(), null));
                }
            }
        }
        return found;
    }

    private static LocalDate day(Matcher m, LocalDate reference) {
        int month = CalendarWords.month(m.group("month"));
        Integer place = PLACES.get(m.group("place").toLowerCase(Locale.ROOT));
        String what = m.group("what").toLowerCase(Locale.ROOT);
        DayOfWeek weekday = what.equals("day") || what.equals("jour") ? null : CalendarWords.weekday(what);
        if (month == 0 || place == null || (weekday == null && place != 1 && place != -1)) {
            return null;
        }
        if (m.group("year") != null) {
            return in(YearMonth.of(Integer.parseInt(m.group("year")), month), place, weekday);
        }
        if (reference == null) {
            return null;
        }
        return NearestYear.occurrence(reference, y -> in(YearMonth.of(y, month), place, weekday));
    }

    /** The place-th weekday of the month (or its first or last day); null when the month has no fifth one. */
    private static LocalDate in(YearMonth month, int place, DayOfWeek weekday) {
        if (weekday == null) {
            return place == 1 ? month.atDay(1) : month.atEndOfMonth();
        }
        LocalDate d = place == -1 ? month.atDay(1).with(TemporalAdjusters.lastInMonth(weekday))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(place, weekday));
        return YearMonth.from(d).equals(month) ? d : null;
    }
}
