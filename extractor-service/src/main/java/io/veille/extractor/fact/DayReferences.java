package io.veille.extractor.fact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.lexicon.CalendarWords;
import io.veille.lexicon.Holidays;

/**
 * The days news names relative to its publication date: weekdays ("a annoncé mardi", "on Tuesday",
 * "lundi prochain", "last Friday", "mercredi en huit"), "la veille", "le lendemain", "today", and
 * holidays ("à Noël", "at Easter", "Thanksgiving"). A bare weekday is the latest such day up to the
 * publication day, as news reports what happened; "next"/"prochain" the first one after it, "last"/
 * "dernier" the last one before it. "Aujourd'hui" is left out: it means "nowadays" as often as
 * "today". Without a publication date none of them is read.
 */
final class DayReferences {

    private static final String WS = "[ \\u00A0\\u202F]+";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])(?:(?<before>next|this|coming|last|past|previous|ce)"
            + WS + ")?(?<day>" + CalendarWords.WEEKDAY_NAME + ")(?:" + WS
            + "(?<after>prochain|dernier|suivant|précédent|en" + WS + "huit|d['’]après))?(?![\\p{L}])", FLAGS);

    private static final Pattern DAY_WORD = Pattern.compile("(?<![\\p{L}])(?<word>la" + WS + "veille|le" + WS + "lendemain"
            + "|the" + WS + "(?:next|following)" + WS + "day|the" + WS + "day" + WS + "before|today(?!['’]s))(?![\\p{L}])",
            FLAGS);

    private static final Pattern HOLIDAY = Pattern.compile(
            "(?<![\\p{L}])(?<name>" + Holidays.NAME + ")(?:" + WS + "(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\d])", FLAGS);

    private DayReferences() {
    }

    static List<Fact> find(String text, LocalDate reference) {
        List<Fact> found = new ArrayList<>();
        if (reference != null) {
            Matcher w = WEEKDAY.matcher(text);
            while (w.find()) {
                found.add(Fact.date(w.group(), w.start(), w.end(), weekday(w, reference).toString(), null));
            }
            Matcher d = DAY_WORD.matcher(text);
            while (d.find()) {
                String word = d.group("word").toLowerCase(Locale.ROOT);
                int offset = word.contains("veille") || word.contains("before") ? -1
                        : word.startsWith("to") ? 0 : 1;
                found.add(Fact.date(d.group(), d.start(), d.end(), reference.plusDays(offset).toString(), null));
            }
        }
        Matcher h = HOLIDAY.matcher(text);
        while (h.find()) {
            LocalDate day = holiday(h.group("name"), h.group("year"), reference);
            if (day != null) {
                found.add(Fact.date(h.group(), h.start(), h.end(), day.toString(), null));
            }
        }
        return found;
    }

    private static LocalDate weekday(Matcher m, LocalDate reference) {
        DayOfWeek target = CalendarWords.weekday(m.group("day"));
        String before = m.group("before") == null ? "" : m.group("before").toLowerCase(Locale.ROOT);
        String after = m.group("after") == null ? "" : m.group("after").toLowerCase(Locale.ROOT);
        int ahead = Math.floorMod(target.getValue() - reference.getDayOfWeek().getValue(), 7);
        int back = Math.floorMod(reference.getDayOfWeek().getValue() - target.getValue(), 7);
        if (after.startsWith("en")) {
            return reference.plusDays((ahead == 0 ? 7 : ahead) + 7);
        }
        if (before.equals("next") || before.equals("coming") || after.equals("prochain") || after.equals("suivant")
                || after.startsWith("d")) {
            return reference.plusDays(ahead == 0 ? 7 : ahead);
        }
        if (before.equals("last") || before.equals("past") || before.equals("previous") || after.equals("dernier")
                || after.equals("précédent")) {
            return reference.minusDays(back == 0 ? 7 : back);
        }
        if (before.equals("this") || before.equals("ce")) {
            return reference.plusDays(ahead);
        }
        return reference.minusDays(back);
    }

    /** The holiday in the year written, else the occurrence nearest the publication date; null without either. */
    private static LocalDate holiday(String name, String year, LocalDate reference) {
        if (year != null) {
            return Holidays.in(name, Integer.parseInt(year));
        }
        if (reference == null) {
            return null;
        }
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate d = Holidays.in(name, y);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - reference.toEpochDay())
                    < Math.abs(best.toEpochDay() - reference.toEpochDay()))) {
                best = d;
            }
        }
        return best;
    }
}
