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
 * nearest the publication date is meant; without either, nothing is read. Also days of a month
 * named from the publication's: "the 15th of next month", "le 21 de ce mois", and a weekday with
 * its day ("Tuesday the 11th", "vendredi 13,"): the nearest month where that day is that weekday.
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

    private static final String DAY_NUMBER = "(?:(?<ord>" + CalendarWords.ORDINAL_DAY + ")|(?<num>\\d{1,2})(?<suf>st|nd|rd|th|er)?)";
    private static final Pattern OF_A_MONTH = Pattern.compile("(?<![\\p{L}\\d])(?:the" + WS + ")?" + DAY_NUMBER
            + "(?:" + WS + "day)?" + WS + "(?:of" + WS + ")?(?:the" + WS + ")?(?<which>this|next|last|coming|following|previous)"
            + WS + "month(?![\\p{L}])", FLAGS);
    private static final Pattern OF_A_MOIS = Pattern.compile("(?<![\\p{L}\\d])(?:le" + WS + ")?" + DAY_NUMBER + WS
            + "(?:du" + WS + "mois" + WS + "(?<which>prochain|dernier|suivant|précédent)|de" + WS + "ce" + WS + "mois)(?![\\p{L}])", FLAGS);
    private static final Pattern WEEKDAY_AND_DAY = Pattern.compile("(?<![\\p{L}])(?<wd>" + CalendarWords.WEEKDAY_NAME + "),?" + WS
            + "(?:the" + WS + ")?" + DAY_NUMBER + "(?![\\p{L}\\d]|" + WS + "[\\p{L}\\d]|[:h]\\d)", FLAGS);

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
        if (reference == null) {
            return found;
        }
        for (Pattern pattern : List.of(OF_A_MONTH, OF_A_MOIS)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String which = m.group("which") == null ? "this" : m.group("which").toLowerCase(Locale.ROOT);
                int shift = which.matches("next|coming|following|prochain|suivant") ? 1
                        : which.matches("last|previous|dernier|précédent") ? -1 : 0;
                YearMonth month = YearMonth.from(reference).plusMonths(shift);
                int d = dayNumber(m);
                if (d >= 1 && month.isValidDay(d)) {
                    found.add(Fact.date(m.group(), m.start(), m.end(), month.atDay(d).toString(), null));
                }
            }
        }
        Matcher w = WEEKDAY_AND_DAY.matcher(text);
        while (w.find()) {
            boolean marked = w.group("ord") != null || w.group("suf") != null || w.group().toLowerCase(Locale.ROOT).contains("the");
            // "vendredi 13, le ..." but not "Friday 7.6"
            boolean closed = w.end() == text.length() || ",.;)".indexOf(text.charAt(w.end())) >= 0
                    && !(w.end() + 1 < text.length() && Character.isDigit(text.charAt(w.end() + 1)));
            LocalDate day = marked || closed ? weekdayAndDay(CalendarWords.weekday(w.group("wd")), dayNumber(w), reference) : null;
            if (day != null) {
                found.add(Fact.date(w.group(), w.start(), w.end(), day.toString(), null));
            }
        }
        return found;
    }

    private static int dayNumber(Matcher m) {
        return m.group("ord") != null ? CalendarWords.ordinalDay(m.group("ord")) : Integer.parseInt(m.group("num"));
    }

    /** The day of the month nearest the publication, within three months, that falls on the weekday. */
    private static LocalDate weekdayAndDay(DayOfWeek weekday, int day, LocalDate reference) {
        LocalDate best = null;
        for (int shift = -3; shift <= 3; shift++) {
            YearMonth month = YearMonth.from(reference).plusMonths(shift);
            if (day >= 1 && month.isValidDay(day) && month.atDay(day).getDayOfWeek() == weekday) {
                LocalDate d = month.atDay(day);
                if (best == null || Math.abs(d.toEpochDay() - reference.toEpochDay()) < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
                    best = d;
                }
            }
        }
        return best;
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
