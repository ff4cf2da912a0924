package io.veille.extractor.fact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.Fact;
import io.veille.lexicon.CalendarWords;

/**
 * Dates written with digits: "2025-02-10", "2015-3-3", "17/02/2025", "3/3/15", "02 04 2009",
 * "20161016", "le 17/02", and digits mixed with a month name ("05-Aug-2016", "2019/aug/01",
 * "23/Sep/2020", "Oct/2"). Day and month follow the language's order: day first in French; in
 * English whichever order only one reading allows, and no reading where both could be ("5/12").
 * A day and month without a year need a word that introduces a date ("le 17/02", "on 11/20") or
 * another such date before them in a list ("on 11/20, 11/22 or 11/25"): "24/7" and "3/4" are not days.
 */
final class NumericDates {

    private static final String WS = "[ \\u00A0\\u202F]+";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "2025-02-10", "2015-3-3", "2019/08/01", "report-2002-10-09.xlsx": year, month, day. */
    private static final Pattern ISO = Pattern.compile("(?<![\\d./])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d]|[.,]\\d)");
    /** "17/02/2025", "20/02/14", "3/3/15", "15.05.99": day and month in the language's order, then year. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[.,]\\d)");
    /** "02 04 2009", "18 8 78": day and month in the language's order, then year, one plain space apart. */
    private static final Pattern SPACED = Pattern.compile("(?<![\\d.,] ?)(?<![\\d.,])(\\d{1,2}) (\\d{1,2}) (\\d{4}|\\d{2})(?![\\d]|[.,]\\d| \\d)");
    /** "2016 10 16": year, month, day, one plain space apart. */
    private static final Pattern SPACED_ISO = Pattern.compile("(?<![\\d.,] ?)(?<![\\d.,])(\\d{4}) (\\d{2}) (\\d{2})(?![\\d]|[.,]\\d| \\d)");
    /** "20161016", "report-20170302.html": year, month and day run together. */
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d]|[.,]\\d)");
    private static final String INTRODUCER = "(?<![\\p{L}])(?:le|du|au|sur|on|dès|depuis|since|until|by|this|next|ce|"
            + CalendarWords.WEEKDAY_NAME + ")" + WS;
    /** "le 17/02", "on 22/04", "mardi 17/02": a day and month without year, after a word that introduces a date. */
    private static final Pattern DAY_SLASH_MONTH = Pattern.compile(INTRODUCER + "(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![\\d/]|[.,]\\d)", FLAGS);
    /** The next date of a list: "11/20, 11/22 or 11/25", "le 20/11, 22/11 ou 25/11". */
    private static final Pattern LISTED = Pattern.compile("^(?:,|,?" + WS + "(?:or|and|ou|et))" + WS + "(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![\\d/]|[.,]\\d)", FLAGS);

    private static final String PART = "(\\d{1,4}|" + CalendarWords.MONTH + ")";
    /** Two or three parts, one a month name, joined by the same "/" or "-": "05-Aug-2016", "Oct/2", "2020/23/Sep". */
    private static final Pattern WITH_MONTH_NAME = Pattern.compile("(?<![\\p{L}\\d/]|[\\d/]-)" + PART + "([/-])" + PART
            + "(?:\\2" + PART + ")?(?![\\p{L}\\d]|[/-]\\d)", FLAGS);

    private NumericDates() {
    }

    static List<Fact> find(String text, String lang, LocalDate reference) {
        List<Fact> found = new ArrayList<>();
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            day(Integer.parseInt(iso.group(1)), iso.group(3), iso.group(4)).ifPresent(d -> found.add(fact(text, iso, d)));
        }
        for (Pattern p : List.of(NUMERIC, SPACED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int last = p == NUMERIC ? 4 : 3;
                Integer year = year(m.group(last), reference);
                dayAndMonth(m.group(1), m.group(p == NUMERIC ? 3 : 2), lang)
                        .flatMap(dm -> year == null ? Optional.empty() : day(year, String.valueOf(dm[1]), String.valueOf(dm[0])))
                        .ifPresent(d -> found.add(fact(text, m, d)));
            }
        }
        for (Pattern p : List.of(SPACED_ISO, COMPACT)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Integer year = year(m.group(1), reference);
                if (year != null) {
                    day(year, m.group(2), m.group(3)).ifPresent(d -> found.add(fact(text, m, d)));
                }
            }
        }
        Matcher slash = DAY_SLASH_MONTH.matcher(text);
        while (slash.find()) {
            int end = slashDay(text, slash, lang, reference, found);
            while (end > 0) {
                Matcher next = LISTED.matcher(text).region(end, text.length());
                end = next.lookingAt() ? slashDay(text, next, lang, reference, found) : -1;
            }
        }
        Matcher named = WITH_MONTH_NAME.matcher(text);
        while (named.find()) {
            withMonthName(named, reference).ifPresent(d -> found.add(Fact.date(named.group(), named.start(), named.end(), d, null)));
        }
        return found;
    }

    /** Reads one "17/02" of a match into found; returns where it ends, or -1 when it is no day. */
    private static int slashDay(String text, Matcher m, String lang, LocalDate reference, List<Fact> found) {
        Optional<String> day = dayAndMonth(m.group("a"), m.group("b"), lang)
                .flatMap(dm -> withoutYear(dm[0], dm[1], reference));
        day.ifPresent(d -> found.add(Fact.date(text.substring(m.start("a"), m.end()), m.start("a"), m.end(), d, null)));
        return day.isPresent() ? m.end() : -1;
    }

    /** Exactly one part names the month; a part of four digits is the year, the other the day. */
    private static Optional<String> withMonthName(Matcher m, LocalDate reference) {
        int month = 0;
        Integer day = null;
        Integer year = null;
        for (int g : new int[] {1, 3, 4}) {
            String part = m.group(g);
            if (part == null) {
                continue;
            }
            if (!Character.isDigit(part.charAt(0))) {
                if (month != 0) {
                    return Optional.empty();
                }
                month = CalendarWords.month(part);
            } else if (part.length() == 4 && year == null) {
                year = Years.read(part, reference);
                if (year == null) {
                    return Optional.empty();
                }
            } else if (part.length() <= 2 && day == null) {
                day = Integer.parseInt(part);
            } else {
                return Optional.empty();
            }
        }
        if (month == 0 || day == null && year == null) {
            return Optional.empty();
        }
        if (day == null) {
            return Optional.of(YearMonth.of(year, month).toString());
        }
        if (year != null) {
            return day(year, String.valueOf(month), String.valueOf(day));
        }
        return withoutYear(day, month, reference);
    }

    private static Optional<String> withoutYear(int day, int month, LocalDate reference) {
        return DateParser.resolve(day, month, null, reference);
    }

    private static Fact fact(String text, Matcher m, String date) {
        return Fact.date(text.substring(m.start(), m.end()), m.start(), m.end(), date, null);
    }

    private static Integer year(String written, LocalDate reference) {
        return Years.read(written, reference);
    }

    private static Optional<String> day(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Day and month of a numeric date: day first in French; in English, whichever order only one
     * reading allows ("18/03" and "03/18" are both March 18), and no reading when both could be
     * ("5/12" is May 12 in New York and 5 December in London).
     */
    static Optional<int[]> dayAndMonth(String first, String second, String lang) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        boolean english = lang != null && lang.startsWith("en");
        if (!english || a > 12 || a == b) {
            return b >= 1 && b <= 12 && a >= 1 && a <= 31 ? Optional.of(new int[] {a, b}) : Optional.empty();
        }
        return b > 12 && b <= 31 ? Optional.of(new int[] {b, a}) : Optional.empty();
    }
}
