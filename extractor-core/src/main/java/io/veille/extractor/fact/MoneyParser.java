package io.veille.extractor.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.Fact;
import io.veille.lexicon.Currencies;
import io.veille.lexicon.Numbers;
import io.veille.lexicon.Scales;
import io.veille.lexicon.SpelledNumbers;

/**
 * Finds amounts of money in French and English text: "109 milliards d'euros", "2,5 Md€", "$2.5bn",
 * "€1.5 billion", "400 millions d’euros", "jusqu'à 50 milliards d'euros", "2,5 milliards de dollars
 * sur 5 ans". An amount needs a currency written next to it: "50 milliards" alone is not money,
 * even in an article about euros, because guessing the currency would put a number in a digest
 * that the article did not state.
 */
public final class MoneyParser {

    private static final String WS = "[ \\u00A0\\u202F\\u2009]";

    private static final String SCALE = "(?<scale>" + Scales.ANY + ")";

    private static final String PREFIX_CURRENCY = "(?<pc>" + Currencies.PREFIX + ")";

    private static final String SUFFIX_CURRENCY = "(?<sc>" + Currencies.SUFFIX + ")";

    private static final Pattern PREFIXED = Pattern.compile(
            "(?<![\\p{L}\\d])" + PREFIX_CURRENCY + WS + "?(?<num>" + Numbers.NUMBER + ")(?:(?:" + WS + "?|-(?=" + Scales.SPELLED + "))" + SCALE + ")?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "75 USD million": the scale word after a currency code or name, when none is before it. */
    private static final String SCALE_AFTER = "(?:" + WS + "(?<scale2>" + Scales.SPELLED + ")(?![\\p{L}\\d]))?";

    private static final Pattern SUFFIXED = Pattern.compile(
            "(?<num>" + Numbers.NUMBER + ")(?:" + WS + "?" + SCALE + ")?" + WS + "*"
                    + "(?:(?<of>de|d['’ʼ]|of)" + WS + "*)?" + SUFFIX_CURRENCY + "(?![\\p{L}\\d])" + SCALE_AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "30 MUSD", "twenty MUSD", "500 kEUR", "MAUD 60": a code after a scale letter, as finance tables write amounts. */
    private static final Pattern SCALED_CODE = Pattern.compile("(?<![\\p{L}\\d])(?:(?<num>" + Numbers.NUMBER + ")|(?<words>"
            + SpelledNumbers.RUN + "))" + WS + "?(?<code>" + Currencies.SCALED_CODE + ")(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d])(?<pcode>" + Currencies.SCALED_CODE + ")" + WS + "?(?<pnum>" + Numbers.NUMBER + ")(?![\\p{L}\\d])",
            Pattern.UNICODE_CASE);

    /** Scale words spelled out, the only ones a spelled-out number takes ("deux milliards d'euros", "half a billion dollars"). */
    private static final String WORD_SCALE = "(?<scale>" + Scales.SPELLED + ")";

    /** "deux milliards d'euros", "half a billion dollars", and without a scale "dix dollars", "twenty euros". */
    private static final Pattern SPELLED = Pattern.compile(
            "(?<words>" + SpelledNumbers.RUN + ")(?:" + WS + WORD_SCALE + ")?(?:" + WS + "*|(?<hyphen>-))"
                    + "(?:(?<of>de|d['’ʼ]|of)" + WS + "*)?" + SUFFIX_CURRENCY + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String TO = WS + "*(?:-|–|" + WS + "(?:et|à|to|and)" + WS + ")" + WS + "*";

    /** "entre 10 et 20 milliards d'euros", "de 5 à 7 millions d'euros", "10 to 20 billion dollars": one currency, after both numbers. */
    private static final Pattern SUFFIXED_RANGE = Pattern.compile(
            "(?:(?<lead>entre|between|de|from)" + WS + "+)?(?<num>" + Numbers.NUMBER + ")" + TO + "(?<num2>" + Numbers.NUMBER + ")"
                    + "(?:" + WS + "?" + SCALE + ")?" + WS + "*(?:(?<of>de|d['’ʼ]|of)" + WS + "*)?" + SUFFIX_CURRENCY + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "$10-20bn", "€5–7 million", "between $10 and $20bn". */
    private static final Pattern PREFIXED_RANGE = Pattern.compile(
            "(?:(?<lead>between|from)" + WS + "+)?(?<![\\p{L}\\d])" + PREFIX_CURRENCY + WS + "?(?<num>" + Numbers.NUMBER + ")"
                    + TO + "(?:\\k<pc>" + WS + "?)?(?<num2>" + Numbers.NUMBER + ")(?:" + WS + "?" + SCALE + ")?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Cents after a whole amount: "$20 and 43c", "thirteen dollars and forty-five cents", "3 CHF 4
     * cents"; and after a currency written as a name or code, bare ones: "15 dollars 50", "17 USD 25".
     */
    private static final Pattern CENTS = Pattern.compile(
            "^" + WS + "*(?:(?:and|et)" + WS + "+)?(?<n>\\d{1,2}|" + SpelledNumbers.RUN + ")" + WS + "*"
                    + "(?:cents?|centimes?|c|p|pence)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE_CENTS = Pattern.compile("^" + WS + "+(?:(?:and|et)" + WS + "+)?(?<n>\\d{2})(?![\\d%\\p{L}]|[.,]\\d|"
            + WS + "?\\p{L})", Pattern.CASE_INSENSITIVE);

    /** "trois euros cinquante", "thirteen dollars forty five": spelled cents after a spelled amount, closing the phrase. */
    private static final Pattern SPELLED_BARE_CENTS = Pattern.compile("^" + WS + "+(?:(?:and|et)" + WS + "+)?(?<n>" + SpelledNumbers.RUN
            + ")(?=" + WS + "*(?:[.,;:!?)]|$))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "99p", "20p": pence touching one or two digits ("1080p" is a screen). */
    private static final Pattern PENCE = Pattern.compile("(?<![\\p{L}\\d.,])(?<num>\\d{1,2})p(?![\\p{L}\\d])");

    /** "50 cents", "197 pence", "12-cent", "un penny": hundredths on their own, with no amount before them. */
    private static final Pattern MINOR = Pattern.compile("(?<![\\p{L}\\d.,])(?:(?<num>" + Numbers.NUMBER + ")|(?<words>"
            + SpelledNumbers.RUN + "))(?:" + WS + "|-)(?<unit>" + Currencies.MINOR_UNIT + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MoneyParser() {
    }

    /** Every amount of money in the text, in order, with its qualifiers inside its span. */
    public static List<Fact> find(String text, String lang) {
        List<Fact> found = new ArrayList<>();
        Matcher prefixed = PREFIXED.matcher(text);
        while (prefixed.find()) {
            Fact f = toFact(text, prefixed, prefixed.group("pc"), lang);
            if (f != null) {
                found.add(f);
            }
        }
        Matcher suffixed = SUFFIXED.matcher(text);
        while (suffixed.find()) {
            Fact f = toFact(text, suffixed, suffixed.group("sc"), lang);
            if (f != null) {
                found.add(f);
            }
        }
        Matcher scaledCode = SCALED_CODE.matcher(text);
        while (scaledCode.find()) {
            Fact f = scaledCodeFact(text, scaledCode, lang);
            if (f != null) {
                found.add(f);
            }
        }
        Matcher spelled = SPELLED.matcher(text);
        while (spelled.find()) {
            Fact f = spelledFact(text, spelled, lang);
            if (f != null) {
                found.add(f);
            }
        }
        Matcher pence = PENCE.matcher(text);
        while (pence.find()) {
            found.add(Fact.money(pence.group(), pence.start(), pence.end(),
                    Numbers.normal(new BigDecimal(pence.group("num")).movePointLeft(2)), "GBP", null));
        }
        Matcher minor = MINOR.matcher(text);
        while (minor.find()) {
            Fact f = minorFact(text, minor, lang);
            if (f != null) {
                found.add(f);
            }
        }
        for (Pattern range : new Pattern[] {SUFFIXED_RANGE, PREFIXED_RANGE}) {
            Matcher r = range.matcher(text);
            while (r.find()) {
                Fact f = rangeFact(text, r, lang);
                if (f != null) {
                    found.add(f);
                }
            }
        }
        return Spans.keepLongest(found);
    }

    private static Fact toFact(String text, Matcher m, String currencyText, String lang) {
        String currency = currency(currencyText);
        String scaleText = m.group("scale");
        if (currency == null || !fitsTogether(m, currencyText, scaleText)) {
            return null;
        }
        BigDecimal number = Numbers.read(m.group("num"), lang);
        if (number == null) {
            return null;
        }
        if (scaleText == null && groupOrNull(m, "scale2") != null) {
            scaleText = m.group("scale2");
        }
        BigDecimal scale = scaleText == null ? BigDecimal.ONE : scale(scaleText, lang);
        boolean namedAfter = groupOrNull(m, "sc") != null && !Currencies.isSign(currencyText);
        return withCents(text, m.end(), qualified(text, m.start(), m.end(), Numbers.scaled(number, scale), null, currency,
                lang), scaleText == null && number.scale() == 0, namedAfter, lang);
    }

    private static Fact scaledCodeFact(String text, Matcher m, String lang) {
        boolean prefixed = m.group("pcode") != null;
        Currencies.ScaledCode code = Currencies.scaledCode(prefixed ? m.group("pcode") : m.group("code"));
        BigDecimal n = prefixed ? Numbers.read(m.group("pnum"), lang)
                : m.group("num") != null ? Numbers.read(m.group("num"), lang) : SpelledNumbers.read(m.group("words"));
        if (code == null || n == null) {
            return null;
        }
        return qualified(text, m.start(), m.end(), Numbers.scaled(n, code.factor()), null, code.code(), lang);
    }

    private static Fact minorFact(String text, Matcher m, String lang) {
        BigDecimal n = m.group("num") != null ? Numbers.read(m.group("num"), lang) : SpelledNumbers.read(m.group("words"));
        String currency = Currencies.ofMinorUnit(m.group("unit")).stream().findFirst().orElse(null);
        boolean spelled = m.group("words") != null;
        if (n == null || currency == null || spelled && (m.group("words").matches("(?i)an?")
                || m.group("unit").toLowerCase(Locale.ROOT).startsWith("cent"))) {
            // "trois cent mille": "cent" after a spelled-out number is the French hundred
            return null;
        }
        return qualified(text, m.start(), m.end(), Numbers.normal(n.movePointLeft(2)), null, currency, lang);
    }

    /** The amount with the cents written after it, when it is whole and they follow. */
    private static Fact withCents(String text, int at, Fact amount, boolean whole, boolean namedCurrency, String lang) {
        return withCents(text, at, amount, whole, namedCurrency, false, lang);
    }

    private static Fact withCents(String text, int at, Fact amount, boolean whole, boolean namedCurrency, boolean spelledAmount,
            String lang) {
        if (!whole || amount.end() != at || amount.qualifier() != null) {
            return amount;
        }
        String rest = text.substring(at, Math.min(text.length(), at + 40));
        Matcher c = CENTS.matcher(rest);
        Matcher bare = BARE_CENTS.matcher(rest);
        Matcher spelled = SPELLED_BARE_CENTS.matcher(rest);
        Matcher found = c.find() ? c : namedCurrency && bare.find() ? bare : spelledAmount && spelled.find() ? spelled : null;
        if (found == null) {
            return amount;
        }
        BigDecimal cents = Numbers.read(found.group("n"), lang);
        if (cents == null || cents.compareTo(BigDecimal.valueOf(100)) >= 0 || cents.scale() > 0) {
            return amount;
        }
        int end = at + found.end();
        return Fact.money(text.substring(amount.start(), end), amount.start(), end,
                Numbers.normal(amount.value().add(cents.movePointLeft(2))), amount.currency(), null);
    }

    private static Fact spelledFact(String text, Matcher m, String lang) {
        String currency = currency(m.group("sc"));
        BigDecimal number = SpelledNumbers.read(m.group("words"));
        String cur = m.group("sc").toLowerCase(Locale.ROOT);
        String scaleText = m.group("scale");
        if (currency == null || number == null || cur.length() <= 1 && m.group("of") != null) {
            return null;
        }
        if (scaleText == null && (m.group("of") != null || number.compareTo(BigDecimal.valueOf(2)) < 0 && m.group("hyphen") == null)) {
            // "un dollar fort" is the currency, not an amount ("a one-yen bid" is one); "deux de dollars" is no amount.
            return null;
        }
        BigDecimal scale = scaleText == null ? BigDecimal.ONE : scale(scaleText, lang);
        return withCents(text, m.end(), qualified(text, m.start(), m.end(), Numbers.scaled(number, scale), null,
                currency, lang), scaleText == null, false, true, lang);
    }

    /**
     * A range is one fact when its lower bound borrows the upper bound's currency or scale
     * ("entre 10 et 20 milliards d'euros", "$10-20bn", "between $10 and $20 billion"): its lower
     * bound as value, its upper bound as valueEnd, both scaled by the one scale written after them.
     * A reversed range is not one.
     */
    private static Fact rangeFact(String text, Matcher m, String lang) {
        String currencyText = groupOrNull(m, "sc") != null ? m.group("sc") : m.group("pc");
        String currency = currency(currencyText);
        String scaleText = m.group("scale");
        if (currency == null || !fitsTogether(m, currencyText, scaleText)) {
            return null;
        }
        if (groupOrNull(m, "pc") != null && m.group().substring(m.end("num") - m.start()).contains(m.group("pc"))
                && scaleText == null) {
            // "between £50 and £20,000": each bound is a whole amount on its own, so each stays its own fact.
            return null;
        }
        BigDecimal low = Numbers.read(m.group("num"), lang);
        BigDecimal high = Numbers.read(m.group("num2"), lang);
        if (low == null || high == null || low.compareTo(high) >= 0) {
            return null;
        }
        BigDecimal scale = scaleText == null ? BigDecimal.ONE : scale(scaleText, lang);
        return qualified(text, m.start(), m.end(), Numbers.scaled(low, scale), Numbers.scaled(high, scale),
                currency, lang);
    }

    private static Fact qualified(String text, int matchStart, int matchEnd, BigDecimal value, BigDecimal valueEnd,
            String currency, String lang) {
        int start = matchStart;
        int end = matchEnd;
        List<String> qualifiers = new ArrayList<>();
        Qualifiers.Found before = Qualifiers.before(text, start);
        if (before != null) {
            qualifiers.add(before.qualifier());
            start = before.start();
        }
        Qualifiers.Found after = Qualifiers.after(text, end, lang);
        if (after != null) {
            qualifiers.add(after.qualifier());
            end = after.end();
        }
        String qualifier = qualifiers.isEmpty() ? null : String.join(", ", qualifiers);
        return valueEnd == null ? Fact.money(text.substring(start, end), start, end, value, currency, qualifier)
                : Fact.moneyRange(text.substring(start, end), start, end, value, valueEnd, currency, qualifier);
    }

    /**
     * Rejects the readings that only look like money: "100 livres" are books, "5 m €" is too
     * loose, and a "de" needs a scale word before it ("2 milliards de dollars", not "2 de dollars").
     */
    private static boolean fitsTogether(Matcher m, String currencyText, String scaleText) {
        String cur = currencyText.toLowerCase(Locale.ROOT);
        boolean longScale = scaleText != null && (Scales.kind(scaleText) == Scales.Kind.WORD || scaleText.length() > 3);
        if (cur.equals("livres") && !longScale) {
            return false;
        }
        String of = groupOrNull(m, "of");
        if (of != null && !longScale && !millions(m)) {
            return false;
        }
        if (scaleText != null && Scales.kind(scaleText) == Scales.Kind.LETTER) {
            // Single-letter scales ("$2.5m", "5M€", "2,5 M€") must touch the number or the symbol after
            // them: "5 m" is five metres.
            String text = m.group();
            int at = m.start("scale") - m.start();
            if (at == 0) {
                return false;
            }
            boolean touchesNumber = Character.isDigit(text.charAt(at - 1));
            boolean touchesSymbol = at + 1 < text.length() && "€$£¥".indexOf(text.charAt(at + 1)) >= 0;
            return touchesNumber || touchesSymbol;
        }
        return true;
    }

    /** "1 000 000 d'euros": French writes "de" after a round number of millions, as after "millions". */
    private static boolean millions(Matcher m) {
        String num = groupOrNull(m, "num");
        BigDecimal n = num == null ? null : Numbers.read(num, "fr");
        return n != null && n.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                && n.remainder(BigDecimal.valueOf(1_000_000)).signum() == 0;
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static BigDecimal scale(String scaleText, String lang) {
        return Scales.factor(scaleText, lang);
    }

    static String currency(String written) {
        return Currencies.likeliest(written);
    }
}
