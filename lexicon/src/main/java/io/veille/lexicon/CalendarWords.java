package io.veille.lexicon;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names, French and English, read from {@code months.tsv} and
 * {@code weekdays.tsv}. A short form listed with its dot ("févr.", "Tue.") may be written without it.
 */
public final class CalendarWords {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

    /** A month name, as a regex alternative (use case-insensitively, between non-letters). */
    public static final String MONTH = read("months.tsv", MONTHS);

    /** A weekday name or its short form, as a regex alternative (use case-insensitively, between non-letters). */
    public static final String WEEKDAY = read("weekdays.tsv", WEEKDAYS);

    /** A weekday's full name only: "mon" and "sun" are words too, so a short form needs a date after it. */
    public static final String WEEKDAY_NAME = "(?:" + WordList.alternation(WordList.rows("weekdays.tsv").stream()
            .flatMap(r -> java.util.Arrays.stream(r).skip(1)).filter(f -> !f.endsWith(".")).toList()) + ")";

    private static final Map<String, Integer> ORDINAL_DAYS = new HashMap<>();

    /** A day of the month as an ordinal word ("second", "twenty-first", "premier"), as a regex alternative. */
    public static final String ORDINAL_DAY = read("ordinal-days.tsv", ORDINAL_DAYS);

    private CalendarWords() {
    }

    private static String read(String resource, Map<String, Integer> into) {
        List<String> forms = new ArrayList<>();
        List<String> dotted = new ArrayList<>();
        for (String[] row : WordList.rows(resource)) {
            int n = Integer.parseInt(row[0]);
            for (int i = 1; i < row.length; i++) {
                String form = row[i];
                if (form.endsWith(".")) {
                    String bare = form.substring(0, form.length() - 1);
                    into.put(bare, n);
                    dotted.add(bare);
                } else {
                    into.put(form, n);
                    forms.add(form);
                }
            }
        }
        String withDots = dotted.isEmpty() ? "" : "|(?:" + WordList.alternation(dotted) + ")\\.?";
        return "(?:" + WordList.alternation(forms) + withDots + ")";
    }

    /** The month (1-12) a name stands for, dot or not ("févr.", "February"), or 0. */
    public static int month(String name) {
        return MONTHS.getOrDefault(key(name), 0);
    }

    /** The weekday a name stands for ("mardi", "Tue."), or null. */
    public static DayOfWeek weekday(String name) {
        Integer d = WEEKDAYS.get(key(name));
        return d == null ? null : DayOfWeek.of(d);
    }

    /** The day an ordinal word stands for ("second" is 2, "twenty first" 21), or 0. */
    public static int ordinalDay(String word) {
        return ORDINAL_DAYS.getOrDefault(key(word).replace('-', ' ').replaceAll("\\s+", " "), 
                ORDINAL_DAYS.getOrDefault(key(word), 0));
    }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).strip();
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }
}
