package io.veille.lexicon;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Holidays news names without writing their date ("à Noël", "at Easter", "Thanksgiving"), read from
 * {@code holidays.tsv}: a fixed day, a day counted from Easter, or the Nth weekday of a month
 * (plus some days: Black Friday follows Thanksgiving).
 */
public final class Holidays {

    private static final Map<String, IntFunction<LocalDate>> DAYS = new HashMap<>();
    /** Forms that are ordinary words too, marked * in the list: holidays only when capitalised. */
    private static final Set<String> CAPITALISED_ONLY = new HashSet<>();

    /** A holiday's name, as a regex alternative (use case-insensitively, between non-letters). */
    public static final String NAME;

    static {
        List<String> forms = new ArrayList<>();
        for (String[] row : WordList.rows("holidays.tsv")) {
            IntFunction<LocalDate> rule = rule(row[0]);
            for (int i = 1; i < row.length; i++) {
                String form = row[i].strip();
                if (form.endsWith("*")) {
                    form = form.substring(0, form.length() - 1);
                    CAPITALISED_ONLY.add(key(form));
                }
                DAYS.put(key(form), rule);
                forms.add(form);
            }
        }
        NAME = "(?:" + WordList.alternation(forms) + ")";
    }

    private Holidays() {
    }

    /**
     * Whether a name as written in a text reads as the holiday: a form that is an ordinary word too
     * ("en pleine ascension", "signer un armistice") counts only capitalised ("l'Ascension"); the
     * others ("easter", "jour de l'an") in any case.
     */
    public static boolean writtenAsName(String written) {
        String name = written.strip();
        return !name.isEmpty() && (!CAPITALISED_ONLY.contains(key(name)) || Character.isUpperCase(name.codePointAt(0)));
    }

    /** The day a holiday falls on in a year, or null when the name is no holiday. */
    public static LocalDate in(String name, int year) {
        IntFunction<LocalDate> rule = DAYS.get(key(name));
        return rule == null ? null : rule.apply(year);
    }

    /** A name as the list keys it: lower case, one plain space between words. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).strip().replaceAll(Numbers.SPACE + "+", " ");
    }

    private static IntFunction<LocalDate> rule(String written) {
        if (written.startsWith("easter")) {
            int offset = Integer.parseInt(written.substring("easter".length()).replace("+", ""));
            return year -> easter(year).plusDays(offset);
        }
        String[] parts = written.split(":");
        if (parts.length == 3) {
            int nth = Integer.parseInt(parts[0]);
            DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(parts[1]));
            String[] monthAndOffset = parts[2].split("\\+");
            int month = Integer.parseInt(monthAndOffset[0]);
            int offset = monthAndOffset.length > 1 ? Integer.parseInt(monthAndOffset[1]) : 0;
            return year -> LocalDate.of(year, month, 1).with(nth < 0 ? TemporalAdjusters.lastInMonth(weekday)
                    : TemporalAdjusters.dayOfWeekInMonth(nth, weekday)).plusDays(offset);
        }
        MonthDay day = MonthDay.parse("--" + written);
        return day::atYear;
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
