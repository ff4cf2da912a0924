package io.veille.extractor.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import io.veille.lexicon.SpelledNumbers;

/**
 * The year of a date as text writes it: four digits; two digits ("3/3/15", "15 April of 87"); or
 * words, whole ("two thousand and thirty two", "dix-neuf cent quatre-vingt-sept") or as two pairs of
 * digits ("nineteen eighty six", "dix neuf soixante douze", "seventeen hundred thirty three").
 */
final class Years {

    /** A spelled-out year, as a regex alternative (no groups): a run of number words. */
    static final String SPELLED = SpelledNumbers.RUN;

    private Years() {
    }

    /**
     * A two-digit year is the one of the hundred years that end twenty years after the publication
     * (or today): in 2026 "15" is 2015, "45" 2045 and "47" 1947; news writes of the recent past
     * and the near future.
     */
    static int century(int twoDigits, LocalDate reference) {
        int last = (reference == null ? LocalDate.now() : reference).getYear() + 20;
        int year = last - Math.floorMod(last - twoDigits, 100);
        return year;
    }

    /** The year written in words, from 1000 to 2100, or null. */
    static Integer spelled(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        Integer whole = inRange(SpelledNumbers.read(w.replace(" and ", " ")));
        if (whole != null) {
            return whole;
        }
        String[] parts = w.split("[ -]");
        // "nineteen eighty six": hundreds, then the rest; "seventeen hundred thirty three" likewise
        for (int cut = 1; cut < parts.length; cut++) {
            String left = String.join(" ", java.util.Arrays.copyOfRange(parts, 0, cut));
            String right = String.join(" ", java.util.Arrays.copyOfRange(parts, cut, parts.length))
                    .replaceFirst("^(?:hundred|cents?)(?: and)? ?", "");
            BigDecimal hundreds = SpelledNumbers.read(left);
            BigDecimal rest = right.isEmpty() ? BigDecimal.ZERO : SpelledNumbers.read(right);
            if (hundreds != null && rest != null && hundreds.compareTo(BigDecimal.TEN) >= 0
                    && hundreds.compareTo(BigDecimal.valueOf(21)) <= 0 && rest.compareTo(BigDecimal.valueOf(100)) < 0) {
                Integer year = inRange(hundreds.multiply(BigDecimal.valueOf(100)).add(rest));
                if (year != null) {
                    return year;
                }
            }
        }
        return null;
    }

    /**
     * A written year: four digits from 1900 to 2100 (an older "1500" after a date is more often a
     * count: "le 3 mars 1500 personnes"), two digits with an apostrophe or not, or words.
     */
    static Integer read(String written, LocalDate reference) {
        String y = written.strip().replaceFirst("^['’]", "");
        if (y.matches("\\d{4}")) {
            int year = Integer.parseInt(y);
            return year >= 1900 && year <= 2100 ? year : null;
        }
        if (y.matches("\\d{2}")) {
            return century(Integer.parseInt(y), reference);
        }
        return spelled(y);
    }

    private static Integer inRange(BigDecimal n) {
        return n != null && n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(1000)) >= 0
                && n.compareTo(BigDecimal.valueOf(2100)) <= 0 ? n.intValue() : null;
    }
}
