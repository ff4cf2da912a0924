package io.veille.extractor.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

/**
 * One annotated figure of a Recognizers-Text specification: its span in the input (end exclusive
 * here, the spec's End + 1), what it must read as, and, when it is not news language, why.
 *
 * @param value      MONEY, PERCENT and DIMENSION: the number (an amount in currency units, a
 *                   minor unit already divided by a hundred); null for dates
 * @param currency   the ISO 4217 code the spec gives, or null when it gives none (then any currency passes)
 * @param dates      DATE: the ISO days the spec accepts (its past and future readings of an
 *                   expression without year or week), or "--MM-DD" when the case has no reference date
 * @param outOfNews  null for news language, else the reason the case is reported apart
 */
record RecognizersCase(String lang, Category category, String input, LocalDate reference, int start, int end,
                       BigDecimal value, String currency, Set<String> dates, String outOfNews) {

    enum Category {
        MONEY(FactType.MONEY), PERCENT(FactType.PERCENT), DIMENSION(FactType.QUANTITY),
        ABSOLUTE_DATE(FactType.DATE), RELATIVE_DATE(FactType.DATE);

        final FactType factType;

        Category(FactType factType) {
            this.factType = factType;
        }
    }

    String text() {
        return input.substring(start, end);
    }

    boolean news() {
        return outOfNews == null;
    }

    /** "18 and 19 June" read as one range of days holds the case "19 June". */
    private static boolean inRange(Fact f, String day) {
        return f.dateEnd() != null && day.length() == 10 && f.date().length() == 10 && f.dateEnd().length() == 10
                && f.date().compareTo(day) <= 0 && day.compareTo(f.dateEnd()) <= 0;
    }

    /**
     * "two months ago", "dans trois ans": a count of months or years names a month or a year, and
     * the fact that gives that month ("2018-08") or year ("2014") reads it at the precision it has;
     * the spec's day (counted to the day from its reference) is a precision the text does not state.
     */
    private boolean atItsPrecision(Fact f, String day) {
        boolean countsMonths = COUNTED_MONTHS.matcher(text()).find();
        boolean countsYears = COUNTED_YEARS.matcher(text()).find();
        return (countsMonths && f.date().length() == 7 || countsYears && f.date().length() == 4) && day.startsWith(f.date());
    }

    private static final java.util.regex.Pattern COUNTED_MONTHS = java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:months?|mois)(?!\\p{L})");
    private static final java.util.regex.Pattern COUNTED_YEARS = java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:years?|ans|années?)(?!\\p{L})");

    /** Whether the fact reads this annotation: the right type, a span that overlaps it, the same value. */
    boolean readBy(Fact f) {
        if (f.type() != category.factType || f.start() >= end || start >= f.end()) {
            return false;
        }
        if (category.factType == FactType.DATE) {
            return f.date() != null && (dates.contains(f.date()) || dates.stream().anyMatch(d -> inRange(f, d) || atItsPrecision(f, d)));
        }
        if (f.value() == null || f.value().compareTo(value) != 0) {
            return false;
        }
        return currency == null || currency.equals(f.currency());
    }
}
