package io.veille.extractor.fact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.Fact;
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

    private static final String NEXT = "next|following|coming|upcoming|prochaine?|suivante?";
    private static final String LAST = "last|previous|past|dernière|dernier|précédente?|passée?";

    /**
     * "mardi", "last Friday", "lundi prochain", "mercredi en huit", and with a week: "next week
     * Wednesday", "Tuesday of last week", "mardi de la semaine prochaine", "la semaine prochaine mardi".
     */
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])(?:(?:(?:la" + WS + ")?semaine" + WS
            + "(?<wb>" + NEXT + "|" + LAST + ")|(?<wb2>" + NEXT + "|" + LAST + "|this)" + WS + "week)(?:" + WS + "|" + WS + "?[-,]"
            + WS + "?)(?:on" + WS + ")?|(?<before>this" + WS + "past|" + NEXT + "|" + LAST + "|this|ce)" + WS + "(?:upcoming" + WS + ")?)?"
            + "(?<day>" + CalendarWords.WEEKDAY_NAME + ")(?:" + WS
            + "(?<after>prochain|dernier|suivant|précédent|en" + WS + "huit|d['’]après)"
            + "|" + WS + "(?:of" + WS + "(?:the" + WS + ")?(?<wa>" + NEXT + "|" + LAST + "|this)" + WS + "week"
            + "|de" + WS + "la" + WS + "semaine" + WS + "(?<wa2>" + NEXT + "|" + LAST + ")))?(?![\\p{L}])", FLAGS);

    /**
     * "in 3 days", "dans deux semaines", "in a fortnight": days and weeks after the publication day;
     * "in two months", "dans trois ans": the month or the year they name, the precision a count of
     * months or years has.
     */
    private static final Pattern IN_DAYS = Pattern.compile("(?<![\\p{L}])(?:in|dans)" + WS + "(?<n>\\d{1,3}|an?|une?|"
            + io.veille.lexicon.SpelledNumbers.WORD + ")" + WS + "(?<unit>days?|weeks?|fortnights?|months?|years?|jours?|semaines?|mois|ans|années?)(?![\\p{L}])", FLAGS);

    private static final Pattern DAY_WORD = Pattern.compile("(?<![\\p{L}])(?<word>la" + WS + "veille|le" + WS + "lendemain"
            + "|the" + WS + "(?:next|following)" + WS + "day|the" + WS + "day" + WS + "before|today(?!['’]s)"
            + "|this" + WS + "(?:morning|afternoon|evening)|tonight|ce" + WS + "(?:matin|soir)|cet" + WS + "après-midi"
            + "|last" + WS + "night)(?![\\p{L}])",
            FLAGS);

    /**
     * "last week", "la semaine prochaine", "le mois dernier", "l'an dernier", "this year", "cette
     * année": a week as its days (Monday to Sunday), a month, a year. Not after "the" ("over the
     * last week" counts seven days back); that look-behind is bounded, as an unbounded one reads back
     * to the text's start at every position.
     */
    private static final Pattern PERIOD = Pattern.compile("(?<![\\p{L}])(?:(?<!the[ \\u00A0\\u202F]{1,3})(?<en>last|next|this)" + WS
            + "(?<enunit>week|month|year)|(?<fr>la" + WS + "semaine|le" + WS + "mois|l['’]an|l['’]année)" + WS
            + "(?<frwhich>prochaine?|dernière|dernier|passée?)|(?<this>cette" + WS + "semaine|ce" + WS + "mois(?:-ci)?|cette" + WS
            + "année))(?![\\p{L}-])", FLAGS);

    private static final Pattern HOLIDAY = Pattern.compile(
            "(?<![\\p{L}])(?:(?<which>" + NEXT + "|" + LAST + ")" + WS + ")?(?<name>" + Holidays.NAME + ")(?:" + WS + "(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\d])", FLAGS);

    private DayReferences() {
    }

    static List<Fact> find(String text, LocalDate reference) {
        List<Fact> found = new ArrayList<>();
        if (reference != null) {
            Matcher w = WEEKDAY.matcher(text);
            while (w.find()) {
                found.add(Fact.date(w.group(), w.start(), w.end(), weekday(w, reference).toString(), null));
            }
            Matcher in = IN_DAYS.matcher(text);
            while (in.find()) {
                String n = in.group("n").toLowerCase(Locale.ROOT);
                java.math.BigDecimal count = n.matches("an?|une?") ? java.math.BigDecimal.ONE : io.veille.lexicon.Numbers.read(n, null);
                if (count != null && count.scale() <= 0 && count.longValue() <= 1000 && pointInTime(text, in)) {
                    found.add(Fact.date(in.group(), in.start(), in.end(), after(reference, count.intValue(), in.group("unit")), null));
                }
            }
            Matcher d = DAY_WORD.matcher(text);
            while (d.find()) {
                String word = d.group("word").toLowerCase(Locale.ROOT);
                int offset = word.contains("veille") || word.contains("before") || word.startsWith("last") ? -1
                        : word.startsWith("to") || word.startsWith("this") || word.startsWith("ce") ? 0 : 1;
                found.add(Fact.date(d.group(), d.start(), d.end(), reference.plusDays(offset).toString(), null));
            }
        }
        if (reference != null) {
            Matcher p = PERIOD.matcher(text);
            while (p.find()) {
                found.add(period(p, reference));
            }
        }
        Matcher h = HOLIDAY.matcher(text);
        while (h.find()) {
            if (!Holidays.writtenAsName(h.group("name"))) {
                continue;
            }
            LocalDate day = holiday(h.group("name"), h.group("year"), h.group("which"), reference);
            if (day != null) {
                found.add(Fact.date(h.group(), h.start(), h.end(), day.toString(), null));
            }
        }
        return found;
    }

    private static Fact period(Matcher p, LocalDate reference) {
        String unit;
        int shift;
        if (p.group("en") != null) {
            unit = p.group("enunit").toLowerCase(Locale.ROOT);
            String which = p.group("en").toLowerCase(Locale.ROOT);
            shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        } else if (p.group("fr") != null) {
            String fr = p.group("fr").toLowerCase(Locale.ROOT);
            unit = fr.contains("semaine") ? "week" : fr.contains("mois") ? "month" : "year";
            shift = p.group("frwhich").toLowerCase(Locale.ROOT).startsWith("prochain") ? 1 : -1;
        } else {
            String fr = p.group("this").toLowerCase(Locale.ROOT);
            unit = fr.contains("semaine") ? "week" : fr.contains("mois") ? "month" : "year";
            shift = 0;
        }
        return switch (unit) {
            case "week" -> {
                LocalDate monday = reference.with(java.time.DayOfWeek.MONDAY).plusWeeks(shift);
                yield Fact.date(p.group(), p.start(), p.end(), monday.toString(), monday.plusDays(6).toString());
            }
            case "month" -> Fact.date(p.group(), p.start(), p.end(), java.time.YearMonth.from(reference).plusMonths(shift).toString(), null);
            default -> Fact.date(p.group(), p.start(), p.end(), String.valueOf(reference.getYear() + shift), null);
        };
    }

    /** "will open in two years": what English says will be; "the highest in 30 years" is a span. */
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:will|['’]ll|shall|going to|expected to|set to|due to|plans? to|aims? to)(?![\\p{L}])[^.;!?]*$", FLAGS);

    /**
     * "dans trois ans" is always a point in time; English "in two years" is one only in a clause
     * about the future, since "the first time in 40 years" counts a span.
     */
    private static boolean pointInTime(String text, Matcher in) {
        String unit = in.group("unit").toLowerCase(Locale.ROOT);
        if (!unit.matches("months?|years?") || in.group().toLowerCase(Locale.ROOT).startsWith("dans")) {
            return true;
        }
        return FUTURE_BEFORE.matcher(text.substring(Math.max(0, in.start() - 60), in.start())).find();
    }

    /** The day, month or year a count of units after the publication names. */
    private static String after(LocalDate reference, int count, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("fortnight")) {
            return reference.plusWeeks(2L * count).toString();
        }
        if (u.matches("weeks?|semaines?")) {
            return reference.plusWeeks(count).toString();
        }
        if (u.matches("months?|mois")) {
            return java.time.YearMonth.from(reference).plusMonths(count).toString();
        }
        if (u.matches("years?|ans|années?")) {
            return String.valueOf(reference.getYear() + count);
        }
        return reference.plusDays(count).toString();
    }

    /**
     * A weekday of the publication's week (Monday first) or of the week before or after it: "next
     * Friday" is Friday of next week, "last Wednesday" Wednesday of last week; a bare weekday is the
     * latest one up to the publication day.
     */
    private static LocalDate weekday(Matcher m, LocalDate reference) {
        DayOfWeek target = CalendarWords.weekday(m.group("day"));
        String shift = firstOf(m, "wb", "wb2", "wa", "wa2", "before", "after");
        LocalDate sameWeek = reference.with(java.time.temporal.ChronoField.DAY_OF_WEEK, target.getValue());
        if (shift == null) {
            return sameWeek.isAfter(reference) ? sameWeek.minusWeeks(1) : sameWeek;
        }
        String s = shift.toLowerCase(Locale.ROOT);
        if (s.endsWith("past")) {
            // "this past Wednesday", "past Wednesday": the latest one before the publication day
            return sameWeek.isBefore(reference) ? sameWeek : sameWeek.minusWeeks(1);
        }
        if (s.startsWith("en")) {
            // "mercredi en huit": a week after the coming Wednesday
            return (sameWeek.isAfter(reference) ? sameWeek : sameWeek.plusWeeks(1)).plusWeeks(1);
        }
        if (s.matches(NEXT) || s.startsWith("d'") || s.startsWith("d’")) {
            return sameWeek.plusWeeks(1);
        }
        if (s.matches(LAST)) {
            return sameWeek.minusWeeks(1);
        }
        return sameWeek;
    }

    private static String firstOf(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /**
     * The holiday in the year written; "last Easter" the one before the publication, "next
     * Christmas" the one after; else the occurrence nearest the publication date; null without either.
     */
    private static LocalDate holiday(String name, String year, String which, LocalDate reference) {
        if (year != null) {
            return Holidays.in(name, Integer.parseInt(year));
        }
        if (reference == null) {
            return null;
        }
        if (which != null) {
            boolean next = which.toLowerCase(Locale.ROOT).matches(NEXT);
            for (int y = reference.getYear(); Math.abs(y - reference.getYear()) <= 1; y += next ? 1 : -1) {
                LocalDate d = Holidays.in(name, y);
                if (d != null && (next ? d.isAfter(reference) : d.isBefore(reference))) {
                    return d;
                }
            }
            return null;
        }
        return NearestYear.occurrence(reference, y -> Holidays.in(name, y));
    }
}
