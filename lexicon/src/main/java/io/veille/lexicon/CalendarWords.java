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

    /** A weekday name, as a regex alternative (use case-insensitively, between non-letters). */
    public static final String WEEKDAY = read("weekdays.tsv", WEEKDAYS);

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

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).strip();
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }
}
