package io.veille.summary.grounding;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.lexicon.CalendarWords;

/**
 * Finds written dates ("9 février 2025", "1er mars", "February 9, 2025", "9 February") so that
 * they are checked as whole dates: a true day with a wrong month is still a wrong date.
 */
public final class DateMentions {

    /** A date as written: day and month, and the year when given. */
    public record DateMention(String text, int start, int end, MonthDay day, OptionalInt year) {
    }

    private static final String MONTH = CalendarWords.MONTH;
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\s+(" + MONTH + ")(?:\\s+(\\d{4}))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateMentions() {
    }

    public static List<DateMention> in(String text) {
        List<DateMention> mentions = new ArrayList<>();
        if (text == null) {
            return mentions;
        }
        collect(DAY_MONTH.matcher(text), 1, 2, mentions);
        collect(MONTH_DAY.matcher(text), 2, 1, mentions);
        return mentions;
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

    private static void collect(Matcher m, int dayGroup, int monthGroup, List<DateMention> into) {
        while (m.find()) {
            int day = Integer.parseInt(m.group(dayGroup));
            int month = CalendarWords.month(m.group(monthGroup));
            if (day < 1 || day > 31 || overlaps(m.start(), m.end(), into)) {
                continue;
            }
            try {
                MonthDay monthDay = MonthDay.of(month, day);
                OptionalInt year = m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3)));
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
