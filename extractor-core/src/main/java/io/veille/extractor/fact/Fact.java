package io.veille.extractor.fact;

import java.math.BigDecimal;

/**
 * A normalised fact and the exact span of text it was read from ({@code text} equals
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

    /** A fact that is not a range (the shape before valueEnd was added). */
    public Fact(FactType type, String text, int start, int end, BigDecimal value, String currency, String unit,
            String date, String dateEnd, String qualifier, String speaker, String quote) {
        this(type, text, start, end, value, currency, unit, date, dateEnd, qualifier, speaker, quote, null);
    }

    public static Fact money(String text, int start, int end, BigDecimal value, String currency, String qualifier) {
        return new Fact(FactType.MONEY, text, start, end, value, currency, null, null, null, qualifier, null, null);
    }

    /** A range of money: value is its lower bound, valueEnd its upper bound. */
    public static Fact moneyRange(String text, int start, int end, BigDecimal value, BigDecimal valueEnd, String currency,
            String qualifier) {
        return new Fact(FactType.MONEY, text, start, end, value, currency, null, null, null, qualifier, null, null, valueEnd);
    }

    public static Fact date(String text, int start, int end, String date, String dateEnd) {
        return new Fact(FactType.DATE, text, start, end, null, null, null, date, dateEnd, null, null, null);
    }
}
