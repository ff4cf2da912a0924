package io.veille.extractor.fact;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.Fact;
import io.veille.lexicon.CalendarWords;
import io.veille.lexicon.Numbers;
import io.veille.lexicon.SpelledNumbers;

/**
 * Finds dates in French and English text and writes them in ISO-8601: absolute dates ("10 février
 * 2025", "February 10, 2025", "2025-02-10"), day ranges ("les 10 et 11 février 2025", "10-11
 * February"), dates without a year ("le 9 février", given the year that puts them nearest the
 * publication), relative dates ("il y a 3 jours", "yesterday", resolved against the publication
 * date) and target years ("d'ici 2030" is 2030). A date that needs the publication date to be read
 * is left out when there is none, rather than guessed.
 */
public final class DateParser {

    private static final String WS = "[ \\u00A0\\u202F]+";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String MONTH = "(?<![\\p{L}])(" + CalendarWords.MONTH + ")(?![\\p{L}])";
    private static final String DAY = "(?<![\\d.,/])(\\d{1,2})(?:er|st|nd|rd|th)?(?![\\d\\p{L}])";
    private static final String YEAR = "(\\d{4})(?![\\d])";
    private static final String RANGE_WORD = "(?:" + WS + ")?(?:et|au|à|-|–|to|and|through)(?:" + WS + ")?";

    /** "2025-02-10", "2015-3-3", "2019/08/01": year, month, day. */
    private static final Pattern ISO = Pattern.compile("(?<![\\d./-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d]|[.,]\\d)");
    /** "17/02/2025", "20/02/14", "3/3/15", "15.05.99": day and month in the language's order, then year. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[.,]\\d)");
    /** "le 17/02", "on 22/04", "mardi 17/02": a day and month without year, after a word that introduces a date. */
    private static final Pattern DAY_SLASH_MONTH = Pattern.compile("(?<![\\p{L}])(?:le|du|au|on|dès|depuis|since|until|by|"
            + CalendarWords.WEEKDAY_NAME + ")" + WS + "(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![\\d/]|[.,]\\d)", FLAGS);
    private static final String ORDINAL = "(?<![\\p{L}])(" + CalendarWords.ORDINAL_DAY + ")(?![\\p{L}])";
    /** "the second of March", "twenty third day of September", "premier mars", "March the second". */
    private static final Pattern ORDINAL_OF_MONTH = Pattern.compile(
            ORDINAL + "(?:" + WS + "day)?" + WS + "(?:of" + WS + ")?" + MONTH + "(?:,?" + WS + YEAR + ")?", FLAGS);
    private static final Pattern MONTH_ORDINAL = Pattern.compile(
            MONTH + WS + "(?:the" + WS + ")?" + ORDINAL + "(?:,?" + WS + YEAR + ")?", FLAGS);
    /** "Fri, Jul 18", "Tue May 9", "vendredi 12 mai": the year is one where that day is that weekday. */
    private static final Pattern WEEKDAY_DATE = Pattern.compile("(?<![\\p{L}])(?<wd>" + CalendarWords.WEEKDAY + ")" + ",?" + WS
            + "(?:the" + WS + ")?(?:(?<d1>\\d{1,2})(?:er|st|nd|rd|th)?" + WS + "(?:of" + WS + ")?(?<m1>" + CalendarWords.MONTH + ")"
            + "|(?<m2>" + CalendarWords.MONTH + ")" + WS + "(?<d2>\\d{1,2})(?:st|nd|rd|th)?)(?![\\p{L}\\d]|,?" + WS + "\\d{4})", FLAGS);
    /** "du 28 février au 2 mars 2025": groups day, month, year?, day, month, year?. */
    private static final Pattern CROSS_MONTH_RANGE = Pattern.compile(
            DAY + WS + MONTH + "(?:" + WS + YEAR + ")?" + WS + "(?:au|-|–|to|until|jusqu['’]au)" + WS + DAY + WS + MONTH
                    + "(?:,?" + WS + YEAR + ")?", FLAGS);
    /** "10 et 11 février 2025", "10-11 February": day, day, month, year?. */
    private static final Pattern DAY_RANGE = Pattern.compile(
            DAY + RANGE_WORD + DAY + WS + MONTH + "(?:,?" + WS + YEAR + ")?", FLAGS);
    /** "February 10-11, 2025": month, day, day, year?. */
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
            MONTH + WS + DAY + RANGE_WORD + DAY + "(?:,?" + WS + YEAR + ")?", FLAGS);
    /** "10 février 2025", "1er mars", "10 February 2025", "10th of February": day, month, year?. */
    private static final Pattern DAY_MONTH = Pattern.compile(
            DAY + WS + "(?:of" + WS + ")?" + MONTH + "(?:,?" + WS + YEAR + ")?", FLAGS);
    /** "February 10, 2025", "Feb. 10": month, day, year?. */
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + WS + DAY + "(?:,?" + WS + YEAR + ")?", FLAGS);
    /** "février 2025": month, year. */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\d[ \\u00A0\\u202F])" + MONTH + WS + YEAR, FLAGS);
    private static final Pattern AGO_FR = Pattern.compile(
            "(?<![\\p{L}])il y a" + WS + "(" + Numbers.NUMBER + "|" + SpelledNumbers.WORD + ")" + WS
                    + "(jours?|semaines?|mois|ans|années?)(?![\\p{L}])", FLAGS);
    private static final Pattern AGO_EN = Pattern.compile(
            "(?<![\\p{L}\\d])(" + Numbers.NUMBER + "|" + SpelledNumbers.WORD + ")" + WS
                    + "(days?|weeks?|months?|years?)" + WS + "ago(?![\\p{L}])", FLAGS);
    private static final Pattern DAY_WORD = Pattern.compile(
            "(?<![\\p{L}'’-])(avant-hier|après-demain|hier|demain|the day before yesterday|yesterday|tomorrow)(?![\\p{L}-])",
            FLAGS);
    private static final Pattern TARGET_YEAR = Pattern.compile(
            "(?<![\\p{L}])(d['’]ici(?:" + WS + "à)?|jusqu['’]en|depuis|dès|en|by|in|since|until)" + WS
                    + "((?:19|20)\\d{2})(?![\\d\\p{L}])", FLAGS);

    private DateParser() {
    }

    /**
     * @param reference the publication date that partial and relative dates resolve against, or null
     */
    public static List<Fact> find(String text, String lang, LocalDate reference) {
        List<Fact> found = new ArrayList<>();
        each(found, ISO, text, m -> date(m.group(1), m.group(3), m.group(4)).map(d -> fact(text, m, d.toString(), null)));
        each(found, NUMERIC, text, m -> numeric(m.group(1), m.group(3), year(m.group(4)), lang)
                .map(d -> fact(text, m, d.toString(), null)));
        each(found, DAY_SLASH_MONTH, text, m -> dayAndMonth(m.group("a"), m.group("b"), lang)
                .flatMap(md -> resolve(md[0], md[1], null, reference))
                .map(d -> Fact.date(text.substring(m.start("a"), m.end()), m.start("a"), m.end(), d, null)));
        each(found, ORDINAL_OF_MONTH, text, m -> single(text, m, String.valueOf(CalendarWords.ordinalDay(m.group(1))),
                m.group(2), m.group(3), reference));
        each(found, MONTH_ORDINAL, text, m -> single(text, m, String.valueOf(CalendarWords.ordinalDay(m.group(2))),
                m.group(1), m.group(3), reference));
        each(found, WEEKDAY_DATE, text, m -> weekdayDate(text, m, reference));
        found.addAll(DayReferences.find(text, reference));
        found.addAll(DaysOfMonth.find(text, reference));
        each(found, CROSS_MONTH_RANGE, text, m -> crossMonth(text, m, reference));
        each(found, DAY_RANGE, text, m -> dayRange(text, m, m.group(1), m.group(2), m.group(3), m.group(4), reference));
        each(found, MONTH_DAY_RANGE, text, m -> dayRange(text, m, m.group(2), m.group(3), m.group(1), m.group(4), reference));
        each(found, DAY_MONTH, text, m -> single(text, m, m.group(1), m.group(2), m.group(3), reference));
        each(found, MONTH_DAY, text, m -> single(text, m, m.group(2), m.group(1), m.group(3), reference));
        each(found, MONTH_YEAR, text, m -> Optional.of(
                fact(text, m, YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).toString(), null)));
        each(found, AGO_FR, text, m -> ago(text, m, lang, reference));
        each(found, AGO_EN, text, m -> ago(text, m, lang, reference));
        each(found, DAY_WORD, text, m -> dayWord(text, m, reference));
        each(found, TARGET_YEAR, text, m -> targetYear(text, m));
        return Spans.keepLongest(found);
    }

    private static void each(List<Fact> found, Pattern p, String text, Function<Matcher, Optional<Fact>> read) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            read.apply(m).ifPresent(found::add);
        }
    }

    private static Fact fact(String text, Matcher m, String date, String dateEnd) {
        return Fact.date(text.substring(m.start(), m.end()), m.start(), m.end(), date, dateEnd);
    }

    private static Optional<LocalDate> date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A two-digit year is in this century up to 49, else the last one ("99" is 1999). */
    private static String year(String written) {
        if (written.length() == 4) {
            return written;
        }
        int yy = Integer.parseInt(written);
        return String.valueOf(yy < 50 ? 2000 + yy : 1900 + yy);
    }

    private static Optional<LocalDate> numeric(String first, String second, String year, String lang) {
        return dayAndMonth(first, second, lang).flatMap(dm -> date(year, String.valueOf(dm[1]), String.valueOf(dm[0])));
    }

    /**
     * Day and month of a numeric date: day first in French; in English, whichever order only one
     * reading allows ("18/03" and "03/18" are both March 18), and no reading when both could be
     * ("5/12" is May 12 in New York and 5 December in London).
     */
    private static Optional<int[]> dayAndMonth(String first, String second, String lang) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        boolean english = lang != null && lang.startsWith("en");
        if (!english || a > 12 || a == b) {
            return b >= 1 && b <= 12 && a >= 1 && a <= 31 ? Optional.of(new int[] {a, b}) : Optional.empty();
        }
        return b > 12 && b <= 31 ? Optional.of(new int[] {b, a}) : Optional.empty();
    }

    /** A weekday and a day without year: the year nearest the publication where that day is that weekday. */
    private static Optional<Fact> weekdayDate(String text, Matcher m, LocalDate reference) {
        java.time.DayOfWeek weekday = CalendarWords.weekday(m.group("wd"));
        int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
        int month = month(m.group("m1") != null ? m.group("m1") : m.group("m2"));
        if (reference == null || weekday == null) {
            return Optional.empty();
        }
        for (int distance = 0; distance <= 6; distance++) {
            for (int y : new int[] {reference.getYear() - distance, reference.getYear() + distance}) {
                Optional<LocalDate> d = date(String.valueOf(y), String.valueOf(month), String.valueOf(day));
                if (d.isPresent() && d.get().getDayOfWeek() == weekday) {
                    return Optional.of(fact(text, m, d.get().toString(), null));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Fact> single(String text, Matcher m, String day, String monthName, String year,
            LocalDate reference) {
        return resolve(Integer.parseInt(day), month(monthName), year, reference)
                .map(d -> fact(text, m, d, null));
    }

    private static Optional<Fact> dayRange(String text, Matcher m, String from, String to, String monthName,
            String year, LocalDate reference) {
        int month = month(monthName);
        int first = Integer.parseInt(from);
        int last = Integer.parseInt(to);
        if (last <= first) {
            return Optional.empty();
        }
        var start = resolve(first, month, year, reference);
        var end = resolve(last, month, year, reference);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fact(text, m, start.get(), end.get()));
    }

    private static Optional<Fact> crossMonth(String text, Matcher m, LocalDate reference) {
        String endYear = m.group(6) != null ? m.group(6) : null;
        var end = resolve(Integer.parseInt(m.group(4)), month(m.group(5)), endYear, reference);
        if (end.isEmpty()) {
            return Optional.empty();
        }
        int startMonth = month(m.group(2));
        String startYear = m.group(3);
        if (startYear == null && end.get().length() == 10) {
            LocalDate e = LocalDate.parse(end.get());
            startYear = String.valueOf(startMonth <= e.getMonthValue() ? e.getYear() : e.getYear() - 1);
        }
        var start = resolve(Integer.parseInt(m.group(1)), startMonth, startYear, reference);
        return start.map(s -> fact(text, m, s, end.get()));
    }

    /**
     * A day and month, with the year written or, failing that, the year that puts the date nearest
     * the publication date ("le 20 décembre" in a January article is last December).
     */
    private static Optional<String> resolve(int day, int month, String year, LocalDate reference) {
        if (year != null) {
            return date(year, String.valueOf(month), String.valueOf(day)).map(LocalDate::toString);
        }
        if (reference == null) {
            try {
                return Optional.of(MonthDay.of(month, day).toString());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(NearestYear.occurrence(reference,
                y -> date(String.valueOf(y), String.valueOf(month), String.valueOf(day)).orElse(null)))
                .map(LocalDate::toString);
    }

    private static Optional<Fact> ago(String text, Matcher m, String lang, LocalDate reference) {
        BigDecimal n = Numbers.read(m.group(1), lang);
        if (reference == null || n == null || n.scale() > 0 || n.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            return Optional.empty();
        }
        int count = n.intValue();
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        String iso;
        if (unit.startsWith("j") || unit.startsWith("d")) {
            iso = reference.minusDays(count).toString();
        } else if (unit.startsWith("s") || unit.startsWith("w")) {
            iso = reference.minusWeeks(count).toString();
        } else if (unit.startsWith("mo")) {
            iso = YearMonth.from(reference).minusMonths(count).toString();
        } else {
            iso = String.valueOf(reference.getYear() - count);
        }
        return Optional.of(fact(text, m, iso, null));
    }

    private static Optional<Fact> dayWord(String text, Matcher m, LocalDate reference) {
        if (reference == null || precededBy(text, m.start(), "de ", "d'", "d’", "of ")) {
            // "l'IA de demain" is the future, not tomorrow.
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        int offset = switch (word) {
            case "avant-hier", "the day before yesterday" -> -2;
            case "hier", "yesterday" -> -1;
            case "demain", "tomorrow" -> 1;
            default -> 2;
        };
        return Optional.of(fact(text, m, reference.plusDays(offset).toString(), null));
    }

    private static Optional<Fact> targetYear(String text, Matcher m) {
        String prep = m.group(1).toLowerCase(Locale.ROOT).replace('’', '\'');
        String qualifier = prep.startsWith("d'ici") || prep.equals("by") ? "by"
                : prep.equals("depuis") || prep.equals("dès") || prep.equals("since") ? "since"
                : prep.startsWith("jusqu") || prep.equals("until") ? "until" : null;
        return Optional.of(Fact.qualifiedDate(m.group(), m.start(), m.end(), m.group(2), null, qualifier));
    }

    private static boolean precededBy(String text, int start, String... words) {
        String before = text.substring(Math.max(0, start - 3), start).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (before.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static int month(String name) {
        return CalendarWords.month(name);
    }
}
