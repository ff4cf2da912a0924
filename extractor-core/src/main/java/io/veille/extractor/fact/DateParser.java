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
    private static final String SPACES = "[ \\u00A0\\u202F]*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String MONTH = "(?<![\\p{L}])(" + CalendarWords.MONTH + ")(?![\\p{L}])";
    private static final String DAY = "(?<![\\d.,/])(\\d{1,2})(?:er|st|nd|rd|th)?(?![\\d\\p{L}])";
    private static final String YEAR = "(\\d{4})(?![\\d])";
    private static final String RANGE_WORD = "(?:" + WS + ")?(?:et|au|à|-|–|to|and|through)(?:" + WS + ")?";

    private static final String NAMED_MONTH = "(?<![\\p{L}])(?<m>" + CalendarWords.MONTH + ")(?![\\p{L}])";
    private static final String NAMED_DAY = "(?<![\\d.,/]|\\p{Sc}[ \\u00A0]?)(?<d>\\d{1,2})(?:er|st|nd|rd|th)?(?![\\d\\p{L}])";
    /**
     * The year after a day and month, when one is written: ", 2025", " 2025", " of 1995", " de 1987",
     * " in 2020", " '87", " of 87", " nineteen eighty six". What is no year ("le 3 mars 1500
     * personnes", "March 12 two people") is left out of the date.
     */
    private static final String YEAR_TAIL = "(?<tail>(?:" + SPACES + "," + SPACES + "|" + WS + "(?:of|in|de|en)" + WS + "|" + WS + ")"
            + "(?<y>\\d{4}(?!\\d)|(?<=(?:of|de)[ \\u00A0])\\d{2}(?!\\d)|['’]\\d{2}(?!\\d)|" + Years.SPELLED + "))?";
    private static final String ORDINAL = "(?<![\\p{L}])(" + CalendarWords.ORDINAL_DAY + ")(?![\\p{L}])";
    /** "the second of March", "twenty third day of September", "premier mars", "March the second". */
    private static final Pattern ORDINAL_OF_MONTH = Pattern.compile(
            ORDINAL + "(?:" + WS + "(?:day|jour))?" + WS + "(?:of" + WS + "|de" + WS + "|d['’])?" + NAMED_MONTH + YEAR_TAIL, FLAGS);
    private static final Pattern MONTH_ORDINAL = Pattern.compile(
            NAMED_MONTH + WS + "(?:the" + WS + ")?" + ORDINAL + YEAR_TAIL, FLAGS);
    /** "twenty five January", "quatre octobre 1972", and "May twenty nine", "January twenty five nineteen eighty six". */
    private static final Pattern SPELLED_DAY_MONTH = Pattern.compile(
            "(?<sd>" + SpelledNumbers.RUN + ")" + WS + "(?:of" + WS + ")?" + NAMED_MONTH + YEAR_TAIL, FLAGS);
    private static final Pattern MONTH_SPELLED_DAY = Pattern.compile(NAMED_MONTH + WS + "(?<sd>" + SpelledNumbers.RUN + ")", FLAGS);
    /** "Fri, Jul 18", "Tue May 9", "vendredi 12 mai": the year is one where that day is that weekday. */
    private static final Pattern WEEKDAY_DATE = Pattern.compile("(?<![\\p{L}])(?<wd>" + CalendarWords.WEEKDAY + ")" + ",?" + WS
            + "(?:the" + WS + ")?(?:(?<d1>\\d{1,2})(?:er|st|nd|rd|th)?" + WS + "(?:of" + WS + ")?(?<m1>" + CalendarWords.MONTH + ")"
            + "|(?<m2>" + CalendarWords.MONTH + ")" + WS + "(?<d2>\\d{1,2})(?:st|nd|rd|th)?)(?:,?" + WS + "(?<wy>\\d{4}))?(?![\\p{L}\\d])", FLAGS);
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
    /** "10 février 2025", "1er mars", "10 February 2025", "10th of February", "6 du mois d'avril": day, month, year?. */
    private static final Pattern DAY_MONTH = Pattern.compile(
            NAMED_DAY + WS + "(?:of" + WS + "|du" + WS + "mois" + WS + "(?:de" + WS + "|d['’]))?" + NAMED_MONTH + YEAR_TAIL, FLAGS);
    /** "February 10, 2025", "Feb. 10", "October, 1st": month, day, year?. */
    private static final Pattern MONTH_DAY = Pattern.compile(NAMED_MONTH + "(?:" + WS + "|," + WS + "(?=\\d{1,2}(?:st|nd|rd|th)))"
            + NAMED_DAY + YEAR_TAIL, FLAGS);
    /** "février 2025": month, year. */
    /**
     * "début mars", "mi-février 2025", "fin avril", "early March", "mid-February", "late April 2024":
     * a part of a month is its month, without a year the one nearest the publication.
     */
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?<![\\p{L}])(?:début|mi|fin|early|mid|late)[ \\u00A0-]"
            + "(?:de" + WS + "|d['’])?" + MONTH + "(?:" + WS + YEAR + ")?", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\d[ \\u00A0\\u202F])" + MONTH + WS + YEAR, FLAGS);
    private static final Pattern AGO_FR = Pattern.compile(
            "(?<![\\p{L}])il y ?a" + WS + "(?:(?:à peu près|environ|près de|presque|plus de|moins de)" + WS + ")?(" + Numbers.NUMBER + "|" + SpelledNumbers.WORD + ")" + WS
                    + "(jours?|semaines?|mois|ans|années?)(?![\\p{L}])", FLAGS);
    private static final Pattern AGO_EN = Pattern.compile(
            "(?<![\\p{L}\\d])(" + Numbers.NUMBER + "|" + SpelledNumbers.WORD + "|an?)" + WS
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
        found.addAll(NumericDates.find(text, lang, reference));
        each(found, ORDINAL_OF_MONTH, text, m -> single(text, m, CalendarWords.ordinalDay(m.group(1)), reference));
        each(found, MONTH_ORDINAL, text, m -> single(text, m, CalendarWords.ordinalDay(m.group(2)), reference));
        each(found, SPELLED_DAY_MONTH, text, m -> spelledDay(text, m, lang, reference));
        each(found, MONTH_SPELLED_DAY, text, m -> monthSpelledDay(text, m, lang, reference));
        each(found, WEEKDAY_DATE, text, m -> weekdayDate(text, m, reference));
        found.addAll(DayReferences.find(text, reference));
        found.addAll(DaysOfMonth.find(text, reference));
        each(found, CROSS_MONTH_RANGE, text, m -> crossMonth(text, m, reference));
        each(found, DAY_RANGE, text, m -> dayRange(text, m, m.group(1), m.group(2), m.group(3), m.group(4), reference));
        each(found, MONTH_DAY_RANGE, text, m -> dayRange(text, m, m.group(2), m.group(3), m.group(1), m.group(4), reference));
        each(found, DAY_MONTH, text, m -> single(text, m, Integer.parseInt(m.group("d")), reference));
        each(found, MONTH_DAY, text, m -> single(text, m, Integer.parseInt(m.group("d")), reference));
        each(found, PART_OF_MONTH, text, m -> partOfMonth(text, m, reference));
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

    /** A weekday and a day without year: the year nearest the publication where that day is that weekday. */
    private static Optional<Fact> weekdayDate(String text, Matcher m, LocalDate reference) {
        java.time.DayOfWeek weekday = CalendarWords.weekday(m.group("wd"));
        int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
        int month = month(m.group("m1") != null ? m.group("m1") : m.group("m2"));
        if (m.group("wy") != null) {
            // "jeudi 13 février 2025": the written year settles it, whatever the weekday says
            return date(m.group("wy"), String.valueOf(month), String.valueOf(day)).map(d -> fact(text, m, d.toString(), null));
        }
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

    /**
     * A day and the named month of a match, with the year of its tail when that is a year, else
     * nearest the publication; a tail that is no year is left out of the span.
     */
    private static Optional<Fact> single(String text, Matcher m, int day, LocalDate reference) {
        return single(text, m.start(), m, day, reference);
    }

    private static Optional<Fact> single(String text, int start, Matcher m, int day, LocalDate reference) {
        Integer year = m.group("y") == null ? null : Years.read(m.group("y"), reference);
        int end = m.group("y") != null && year == null ? m.start("tail") : m.end();
        if (day < 1) {
            return Optional.empty();
        }
        Matcher after = NEXT_OR_LAST_AFTER.matcher(text).region(end, text.length());
        boolean last = year == null && after.lookingAt() && after.group(1).toLowerCase(Locale.ROOT).startsWith("d");
        boolean next = year == null && (after.lookingAt() && !last
                || NEXT_BEFORE.matcher(text.substring(Math.max(0, start - 5), start)).find());
        int stop = year == null && after.lookingAt() ? after.end() : end;
        Optional<String> date = year != null ? inYear(year, month(m.group("m")), day)
                : reference == null ? resolve(day, month(m.group("m")), null, null)
                : next ? next(day, month(m.group("m")), reference)
                : last ? previous(day, month(m.group("m")), reference)
                : resolve(day, month(m.group("m")), null, reference);
        return date.map(d -> Fact.date(text.substring(start, stop), start, stop, d, null));
    }

    /** "le 3 mars prochain", "le 3 mars dernier": the next one after the publication, the last one before it. */
    private static final Pattern NEXT_OR_LAST_AFTER = Pattern.compile(WS + "(prochain|dernier)(?![\\p{L}])", FLAGS);

    private static Optional<String> previous(int day, int month, LocalDate reference) {
        for (int y = reference.getYear(); y >= reference.getYear() - 4; y--) {
            Optional<String> d = inYear(y, month, day);
            if (d.isPresent() && LocalDate.parse(d.get()).isBefore(reference)) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static final Pattern NEXT_BEFORE = Pattern.compile("(?<![\\p{L}])next" + WS + "$", FLAGS);

    /** "next 6th of April": the first one after the publication. */
    private static Optional<String> next(int day, int month, LocalDate reference) {
        for (int y = reference.getYear(); y <= reference.getYear() + 4; y++) {
            Optional<String> d = inYear(y, month, day);
            if (d.isPresent() && LocalDate.parse(d.get()).isAfter(reference)) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * "twenty five January", "quatre octobre": a day spelled out. Not "one", "un" or "a" ("one
     * March morning"), and in English only before a capitalised month ("ten may die").
     */
    private static Optional<Fact> spelledDay(String text, Matcher m, String lang, LocalDate reference) {
        int day = spelledDayNumber(m.group("sd"));
        if (day == 0 || englishLowerCaseMonth(m, lang) || THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) {
            // "the two June votes" counts votes
            return Optional.empty();
        }
        return single(text, m, day, reference);
    }

    /**
     * "May twenty nine", "January twenty five nineteen eighty six": the day's words, then perhaps a
     * year's, English only, closing the date.
     */
    private static Optional<Fact> monthSpelledDay(String text, Matcher m, String lang, LocalDate reference) {
        boolean closed = m.end() == text.length() || ",.;:!?)".indexOf(text.charAt(m.end())) >= 0;
        if (englishLowerCaseMonth(m, lang) || lang != null && lang.startsWith("fr") || !closed) {
            // French writes the day first; "In March two companies merged" counts companies, so the
            // words must close the date ("May twenty nine.", "January twenty five nineteen eighty six,")
            return Optional.empty();
        }
        String[] words = m.group("sd").split("(?<=[ \\u00A0-])");
        for (int n = words.length; n >= 1; n--) {
            String dayWords = String.join("", java.util.Arrays.copyOfRange(words, 0, n)).replaceFirst("[ \\u00A0-]$", "");
            int day = spelledDayNumber(dayWords);
            if (day == 0) {
                continue;
            }
            String rest = String.join("", java.util.Arrays.copyOfRange(words, n, words.length)).strip();
            Integer year = rest.isEmpty() ? null : Years.spelled(rest);
            int end = year == null ? m.start("sd") + dayWords.length() : m.end();
            Optional<String> date = year != null ? inYear(year, month(m.group("m")), day)
                    : resolve(day, month(m.group("m")), null, reference);
            return date.map(d -> Fact.date(text.substring(m.start(), end), m.start(), end, d, null));
        }
        return Optional.empty();
    }

    private static final Pattern THE_BEFORE = Pattern.compile("(?<![\\p{L}])the" + WS + "$", FLAGS);

    private static int spelledDayNumber(String words) {
        if (words.matches("(?iu)an?|one|une?|half.*")) {
            return 0;
        }
        BigDecimal n = SpelledNumbers.read(words);
        return n != null && n.scale() <= 0 && n.intValue() >= 1 && n.intValue() <= 31 ? n.intValue() : 0;
    }

    private static boolean englishLowerCaseMonth(Matcher m, String lang) {
        return lang != null && lang.startsWith("en") && Character.isLowerCase(m.group("m").charAt(0));
    }

    private static Optional<String> inYear(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Fact> partOfMonth(String text, Matcher m, LocalDate reference) {
        int month = month(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(fact(text, m, YearMonth.of(Integer.parseInt(m.group(2)), month).toString(), null));
        }
        if (reference == null) {
            return Optional.empty();
        }
        LocalDate mid = NearestYear.occurrence(reference, y -> LocalDate.of(y, month, 15));
        return Optional.of(fact(text, m, YearMonth.from(mid).toString(), null));
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
    static Optional<String> resolve(int day, int month, String year, LocalDate reference) {
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
        BigDecimal n = m.group(1).matches("(?i)an?") ? BigDecimal.ONE : Numbers.read(m.group(1), lang);
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
