package io.veille.summary.grounding;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.lexicon.CalendarWords;

/**
 * Finds written dates so that they are checked as whole dates (a true day with a wrong month is
 * still a wrong date), in the forms the extractor reads: "9 février 2025", "1er mars", "February 9,
 * 2025", "9 February", "23 novembre de 1987", ordinal words ("premier mars", "the second of March
 * 2025", "March the second"), digits ("2025-02-17", "2015-3-3", "17/02/2025", day first in French
 * and in English only where one order is possible) and digits with a month name ("05-Aug-2016").
 * Month and ordinal words come from the lexicon the extractor reads them with.
 */
public final class DateMentions {

    /** A date as written: day and month, and the year when given. */
    public record DateMention(String text, int start, int end, MonthDay day, OptionalInt year) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(?<m>" + CalendarWords.MONTH + ")";
    private static final String YEAR = "(?:,?\\s+(?:(?:of|de)\\s+)?(?<y>\\d{4}))?(?![\\p{L}\\d])";
    private static final String ORDINAL = "(?<o>" + CalendarWords.ORDINAL_DAY + ")";

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(?<d>\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + YEAR, FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?" + YEAR, FLAGS);
    private static final Pattern ORDINAL_MONTH = Pattern.compile("(?<![\\p{L}\\d])" + ORDINAL
            + "(?:\\s+(?:day|jour))?\\s+(?:of\\s+|de\\s+|d['’])?" + MONTH + YEAR, FLAGS);
    private static final Pattern MONTH_ORDINAL = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\s+(?:the\\s+)?" + ORDINAL + YEAR, FLAGS);
    private static final Pattern ISO = Pattern.compile("(?<![\\d./])(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(?<a>\\d{1,2})([/.])(?<b>\\d{1,2})\\2(?<y>\\d{4})(?![\\d])");
    private static final Pattern DAY_NAME_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?<d>\\d{1,2})([/-])" + MONTH + "\\2(?<y>\\d{4})(?![\\p{L}\\d])", FLAGS);

    private DateMentions() {
    }

    public static List<DateMention> in(String text) {
        return in(text, null);
    }

    /** @param lang the text's language, which sets the order of a numeric day and month ("fr": day first) */
    public static List<DateMention> in(String text, String lang) {
        List<DateMention> mentions = new ArrayList<>();
        if (text == null) {
            return mentions;
        }
        boolean english = lang != null && lang.startsWith("en");
        collect(ISO.matcher(text), m -> Integer.parseInt(m.group("d")), m -> Integer.parseInt(m.group("m")), mentions);
        collect(NUMERIC.matcher(text), m -> order(m, english, true), m -> order(m, english, false), mentions);
        collect(DAY_NAME_YEAR.matcher(text), m -> Integer.parseInt(m.group("d")), DateMentions::monthName, mentions);
        collect(ORDINAL_MONTH.matcher(text), m -> CalendarWords.ordinalDay(m.group("o")), DateMentions::monthName, mentions);
        collect(MONTH_ORDINAL.matcher(text), m -> CalendarWords.ordinalDay(m.group("o")), DateMentions::monthName, mentions);
        collect(DAY_MONTH.matcher(text), m -> Integer.parseInt(m.group("d")), DateMentions::monthName, mentions);
        collect(MONTH_DAY.matcher(text), m -> Integer.parseInt(m.group("d")), DateMentions::monthName, mentions);
        return mentions;
    }

    private static int monthName(Matcher m) {
        return CalendarWords.month(m.group("m"));
    }

    /** Day first, except in English where only the other order is a date ("03/18/2025"); 0 when both could be. */
    private static int order(Matcher m, boolean english, boolean day) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        boolean monthFirst = english && a <= 12 && b > 12;
        if (english && a <= 12 && b <= 12 && a != b) {
            return 0;
        }
        return day == !monthFirst ? a : b;
    }

    /** The text with every written date blanked out, so its numbers are not checked a second time. */
    public static String without(String text, List<DateMention> mentions) {
        StringBuilder s = new StringBuilder(text);
        for (DateMention m : mentions) {
            for (int i = m.start(); i < m.end(); i++) {
                s.setCharAt(i, ' ');
            }
        }
        return s.toString();
    }

    private static void collect(Matcher m, java.util.function.ToIntFunction<Matcher> dayOf,
            java.util.function.ToIntFunction<Matcher> monthOf, List<DateMention> into) {
        while (m.find()) {
            int day = dayOf.applyAsInt(m);
            int month = monthOf.applyAsInt(m);
            if (day < 1 || day > 31 || month < 1 || month > 12 || overlaps(m.start(), m.end(), into)) {
                continue;
            }
            try {
                MonthDay monthDay = MonthDay.of(month, day);
                OptionalInt year = m.group("y") == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group("y")));
                into.add(new DateMention(m.group(), m.start(), m.end(), monthDay, year));
            } catch (java.time.DateTimeException e) {
                // "31 février" is no date: its numbers are left to the number check
            }
        }
    }

    private static boolean overlaps(int start, int end, List<DateMention> existing) {
        return existing.stream().anyMatch(d -> start < d.end() && d.start() < end);
    }
}
