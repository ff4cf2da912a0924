package io.veille.contracts;

import java.math.BigDecimal;

/**
 * A normalised fact, as the extractor reads it and as {@link ExtractedArticle} carries it: the one
 * fact type of every service. It holds the exact span of text it was read from ({@code text} equals
 * {@code articleText.substring(start, end)}). Which fields are set depends on the type: MONEY has
 * value (in currency units) and currency (ISO 4217); QUANTITY and PERCENT value and unit; DATE date
 * (ISO-8601) and, for a range, dateEnd; QUOTE speaker (when the sentence names one) and quote.
 *
 * @param qualifier how the amount is bounded or spread: "up to", "more than", "over 5 years"...; or null
 * @param valueEnd  for a range ("entre 10 et 20 milliards d'euros"), its upper bound, value being the
 *                  lower one; else null
 */
public record Fact(
        FactType type,
        String text,
        int start,
        int end,
        BigDecimal value,
        String currency,
        String unit,
        String date,
        String dateEnd,
        String qualifier,
        String speaker,
        String quote,
        BigDecimal valueEnd) {

    public static Fact money(String text, int start, int end, BigDecimal value, String currency, String qualifier) {
        return new Fact(FactType.MONEY, text, start, end, value, currency, null, null, null, qualifier, null, null, null);
    }

    /** A range of money: value is its lower bound, valueEnd its upper bound. */
    public static Fact moneyRange(String text, int start, int end, BigDecimal value, BigDecimal valueEnd, String currency,
            String qualifier) {
        return new Fact(FactType.MONEY, text, start, end, value, currency, null, null, null, qualifier, null, null, valueEnd);
    }

    public static Fact date(String text, int start, int end, String date, String dateEnd) {
        return qualifiedDate(text, start, end, date, dateEnd, null);
    }

    /** A date or range bounded by "since", "until" or "by"; qualifier null for a plain date. */
    public static Fact qualifiedDate(String text, int start, int end, String date, String dateEnd, String qualifier) {
        return new Fact(FactType.DATE, text, start, end, null, null, null, date, dateEnd, qualifier, null, null, null);
    }

    /** A QUANTITY or PERCENT: value in unit. */
    public static Fact measure(FactType type, String text, int start, int end, BigDecimal value, String unit,
            String qualifier) {
        return new Fact(type, text, start, end, value, null, unit, null, null, qualifier, null, null, null);
    }

    /** A quote and, when the sentence names one, its speaker (else null). */
    public static Fact quote(String text, int start, int end, String speaker, String quote) {
        return new Fact(FactType.QUOTE, text, start, end, null, null, null, null, null, null, speaker, quote, null);
    }
}
