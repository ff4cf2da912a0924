package io.veille.summary.digest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.veille.contracts.Fact;
import io.veille.lexicon.Currencies;
import io.veille.lexicon.Units;

/**
 * Renders a normalised fact the way a French or an English newsroom writes it: "109 milliards
 * d'euros" / "€109 billion", "10 février 2025" / "10 February 2025", "1 500 acteurs" / "1,500
 * actors" (a unit is kept as a language-neutral key and shown in the reader's words). Only the fact's own value is
 * used, so the text can never carry a figure the extractor did not find.
 */
public final class FactFormatter {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    private static final Map<String, String> EN_SYMBOLS = Map.of("EUR", "€", "USD", "$", "GBP", "£", "JPY", "¥");
    private static final Map<String, String[]> FR_NAMES = Map.of(
            "EUR", new String[] {"euros", "d'euros"},
            "USD", new String[] {"dollars", "de dollars"},
            "GBP", new String[] {"livres sterling", "de livres sterling"},
            "CHF", new String[] {"francs suisses", "de francs suisses"},
            "JPY", new String[] {"yens", "de yens"});

    private static final DateTimeFormatter FR_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private FactFormatter() {
    }

    /** The fact in the given language, or empty when it has no value to render. */
    public static Optional<String> format(Fact fact, String lang) {
        if (fact == null || fact.type() == null) {
            return Optional.empty();
        }
        boolean fr = "fr".equals(lang);
        return switch (fact.type()) {
            case MONEY -> fact.value() == null ? Optional.empty()
                    : fact.valueEnd() != null && fact.valueEnd().compareTo(fact.value()) > 0
                            ? Optional.of(fr ? moneyRangeFr(fact.value(), fact.valueEnd(), fact.currency())
                                    : moneyRangeEn(fact.value(), fact.valueEnd(), fact.currency()))
                    : Optional.of(fr ? moneyFr(fact.value(), fact.currency()) : moneyEn(fact.value(), fact.currency()));
            case PERCENT -> fact.value() == null ? Optional.empty()
                    : Optional.of(number(fact.value(), lang) + (fr ? " %" : "%"));
            case QUANTITY -> fact.value() == null ? Optional.empty()
                    : Optional.of(number(fact.value(), lang) + (fact.unit() == null ? "" : " " + Units.written(fact.unit(), fact.value(), lang)));
            case DATE -> date(fact.date(), fact.dateEnd(), lang);
            default -> Optional.empty();
        };
    }

    public static String moneyFr(BigDecimal value, String currency) {
        Scaled scaled = scale(value);
        String[] names = currency == null ? null : FR_NAMES.getOrDefault(currency,
                frenchName(currency, scaled.wordFr() != null || value.abs().compareTo(BigDecimal.valueOf(2)) >= 0));
        if (scaled.wordFr() == null) {
            return number(value, "fr") + " " + (names == null ? nullToEmpty(currency) : names[0]);
        }
        boolean plural = scaled.amount().abs().compareTo(BigDecimal.valueOf(2)) >= 0;
        String word = plural ? scaled.wordFr() + "s" : scaled.wordFr();
        String unit = names == null ? nullToEmpty(currency) : names[1];
        return number(scaled.amount(), "fr") + " " + word + " " + unit;
    }

    /**
     * CLDR's French name of any other currency, after a number and after a scale word ("500
     * couronnes suédoises", "2 milliards de couronnes suédoises", "1 milliard d'euros"); null without one.
     */
    private static String[] frenchName(String currency, boolean plural) {
        String name = Currencies.name(currency, "fr", plural);
        if (name == null) {
            return null;
        }
        String lower = name.substring(0, 1).toLowerCase(Locale.FRENCH) + name.substring(1);
        boolean vowel = "aeiouyéèêàâîïôûh".indexOf(Character.toLowerCase(lower.charAt(0))) >= 0;
        return new String[] {lower, (vowel ? "d'" : "de ") + lower};
    }

    public static String moneyEn(BigDecimal value, String currency) {
        String symbol = currency == null ? "" : EN_SYMBOLS.get(currency);
        Scaled scaled = scale(value);
        String amount = scaled.wordEn() == null ? number(value, "en") : number(scaled.amountEn(), "en") + " " + scaled.wordEn();
        if (symbol == null) {
            return currency + " " + amount;
        }
        return symbol + amount;
    }

    /**
     * A range of amounts: "entre 10 et 20 milliards d'euros" when both bounds take the same scale
     * word (the upper bound decides its plural), else "entre 500 millions d'euros et 2 milliards d'euros".
     */
    public static String moneyRangeFr(BigDecimal low, BigDecimal high, String currency) {
        Scaled lo = scale(low);
        Scaled hi = scale(high);
        if (hi.wordFr() != null && hi.wordFr().equals(lo.wordFr())) {
            String upper = moneyFr(high, currency);
            return "entre " + number(lo.amount(), "fr") + " et " + upper;
        }
        return "entre " + moneyFr(low, currency) + " et " + moneyFr(high, currency);
    }

    /** A range of amounts: "€10–20 billion" when both bounds take the same scale word, else "€500 million–€2 billion". */
    public static String moneyRangeEn(BigDecimal low, BigDecimal high, String currency) {
        Scaled lo = scale(low);
        Scaled hi = scale(high);
        if (hi.wordEn() != null && hi.wordEn().equals(lo.wordEn())) {
            String upper = moneyEn(high, currency);
            int digits = firstDigit(upper);
            return upper.substring(0, digits) + number(lo.amountEn(), "en") + "–" + upper.substring(digits);
        }
        return moneyEn(low, currency) + "–" + moneyEn(high, currency);
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    /** A number with at most two decimals, French or English separators, no trailing zeros. */
    public static String number(BigDecimal value, String lang) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator("fr".equals(lang) ? ',' : '.');
        symbols.setGroupingSeparator("fr".equals(lang) ? ' ' : ',');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    public static Optional<String> date(String iso, String isoEnd, String lang) {
        Optional<LocalDate> start = isoDay(iso);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        boolean fr = "fr".equals(lang);
        LocalDate s = start.get();
        Optional<LocalDate> end = isoDay(isoEnd).filter(e -> e.isAfter(s));
        if (end.isEmpty()) {
            return Optional.of(full(s, lang));
        }
        LocalDate e = end.get();
        if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
            return Optional.of(fr ? "du " + day(s, lang) + " au " + full(e, lang) : s.getDayOfMonth() + "–" + full(e, lang));
        }
        return Optional.of(fr ? "du " + full(s, lang) + " au " + full(e, lang) : full(s, lang) + " – " + full(e, lang));
    }

    private static String full(LocalDate date, String lang) {
        return day(date, lang) + " " + ("fr".equals(lang) ? FR_MONTH_YEAR : EN_MONTH_YEAR).format(date);
    }

    // French writes the first day of a month as an ordinal: "1er mars".
    private static String day(LocalDate date, String lang) {
        int day = date.getDayOfMonth();
        return "fr".equals(lang) && day == 1 ? "1er" : Integer.toString(day);
    }

    /** The day of an ISO date or date-time ("2025-02-09", "2025-02-09T10:00:00Z"), if it is one. */
    public static Optional<LocalDate> isoDay(String iso) {
        if (iso == null || iso.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Scaled scale(BigDecimal value) {
        BigDecimal abs = value.abs();
        if (abs.compareTo(TRILLION) >= 0) {
            // French has no common word between "milliard" and "billion" (10^12): say "1 000 milliards".
            return new Scaled(value.divide(BILLION), "milliard", null).withEn(value.divide(TRILLION), "trillion");
        }
        if (abs.compareTo(BILLION) >= 0) {
            return new Scaled(value.divide(BILLION), "milliard", "billion");
        }
        if (abs.compareTo(MILLION) >= 0) {
            return new Scaled(value.divide(MILLION), "million", "million");
        }
        return new Scaled(value, null, null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An amount expressed in a scale word; French and English may use different scales. */
    private record Scaled(BigDecimal amount, String wordFr, String wordEn, BigDecimal amountEn) {

        Scaled(BigDecimal amount, String wordFr, String wordEn) {
            this(amount, wordFr, wordEn, amount);
        }

        Scaled withEn(BigDecimal en, String word) {
            return new Scaled(amount, wordFr, word, en);
        }
    }

}
