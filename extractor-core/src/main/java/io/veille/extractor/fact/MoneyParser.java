package io.veille.extractor.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money in French and English text: "109 milliards d'euros", "2,5 Md€", "$2.5bn",
 * "€1.5 billion", "400 millions d’euros", "jusqu'à 50 milliards d'euros", "2,5 milliards de dollars
 * sur 5 ans". An amount needs a currency written next to it: "50 milliards" alone is not money,
 * even in an article about euros, because guessing the currency would put a number in a digest
 * that the article did not state.
 */
public final class MoneyParser {

    private static final String WS = "[ \\u00A0\\u202F\\u2009]";

    private static final String SCALE = "(?<scale>milliards?|millions?|mille|billions?|trillions?|thousand"
            + "|mds?|mrds?|bn|mn|mio|[mkb])";

    private static final String PREFIX_CURRENCY = "(?<pc>US" + WS + "?\\$|C\\$|CA\\$|A\\$|\\$|€|£|¥|USD|EUR|GBP|CHF|JPY|CAD)";

    private static final String SUFFIX_CURRENCY = "(?<sc>€|\\$|£|¥|euros?|dollars?(?:" + WS + "(?:américains|US|canadiens))?"
            + "|US" + WS + "dollars?|livres?" + WS + "sterling|livres|pounds?(?:" + WS + "sterling)?|francs?" + WS + "suisses"
            + "|yens?|yuans?|EUR|USD|GBP|CHF|JPY|CAD|CNY)";

    private static final Pattern PREFIXED = Pattern.compile(
            "(?<![\\p{L}\\d])" + PREFIX_CURRENCY + WS + "?(?<num>" + NumberReader.NUMBER + ")(?:" + WS + "?" + SCALE + ")?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SUFFIXED = Pattern.compile(
            "(?<num>" + NumberReader.NUMBER + ")(?:" + WS + "?" + SCALE + ")?" + WS + "*"
                    + "(?:(?<of>de|d['’ʼ]|of)" + WS + "*)?" + SUFFIX_CURRENCY + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Scale words only: a spelled-out number needs one ("deux milliards d'euros", "half a billion dollars"). */
    private static final String WORD_SCALE = "(?<scale>milliards?|millions?|mille|billions?|trillions?|thousand)";

    private static final Pattern SPELLED = Pattern.compile(
            "(?<words>" + SpelledNumbers.RUN + ")" + WS + WORD_SCALE + WS + "*"
                    + "(?:(?<of>de|d['’ʼ]|of)" + WS + "*)?" + SUFFIX_CURRENCY + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String TO = WS + "*(?:-|–|" + WS + "(?:et|à|to|and)" + WS + ")" + WS + "*";

    /** "entre 10 et 20 milliards d'euros", "de 5 à 7 millions d'euros", "10 to 20 billion dollars": one currency, after both numbers. */
    private static final Pattern SUFFIXED_RANGE = Pattern.compile(
            "(?:(?<lead>entre|between|de|from)" + WS + "+)?(?<num>" + NumberReader.NUMBER + ")" + TO + "(?<num2>" + NumberReader.NUMBER + ")"
                    + "(?:" + WS + "?" + SCALE + ")?" + WS + "*(?:(?<of>de|d['’ʼ]|of)" + WS + "*)?" + SUFFIX_CURRENCY + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "$10-20bn", "€5–7 million", "between $10 and $20bn". */
    private static final Pattern PREFIXED_RANGE = Pattern.compile(
            "(?:(?<lead>between|from)" + WS + "+)?(?<![\\p{L}\\d])" + PREFIX_CURRENCY + WS + "?(?<num>" + NumberReader.NUMBER + ")"
                    + TO + "(?:\\k<pc>" + WS + "?)?(?<num2>" + NumberReader.NUMBER + ")(?:" + WS + "?" + SCALE + ")?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("mille", BigDecimal.TEN.pow(3)), Map.entry("thousand", BigDecimal.TEN.pow(3)),
            Map.entry("k", BigDecimal.TEN.pow(3)),
            Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("millions", BigDecimal.TEN.pow(6)),
            Map.entry("m", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)), Map.entry("mio", BigDecimal.TEN.pow(6)),
            Map.entry("milliard", BigDecimal.TEN.pow(9)), Map.entry("milliards", BigDecimal.TEN.pow(9)),
            Map.entry("md", BigDecimal.TEN.pow(9)), Map.entry("mds", BigDecimal.TEN.pow(9)),
            Map.entry("mrd", BigDecimal.TEN.pow(9)), Map.entry("mrds", BigDecimal.TEN.pow(9)),
            Map.entry("bn", BigDecimal.TEN.pow(9)), Map.entry("b", BigDecimal.TEN.pow(9)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("trillions", BigDecimal.TEN.pow(12)));

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
        Matcher spelled = SPELLED.matcher(text);
        while (spelled.find()) {
            Fact f = spelledFact(text, spelled, lang);
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
        BigDecimal number = NumberReader.read(m.group("num"), lang);
        if (number == null) {
            return null;
        }
        BigDecimal scale = scaleText == null ? BigDecimal.ONE : scale(scaleText, lang);
        return qualified(text, m.start(), m.end(), NumberReader.scaled(number, scale), null, currency, lang);
    }

    private static Fact spelledFact(String text, Matcher m, String lang) {
        String currency = currency(m.group("sc"));
        BigDecimal number = SpelledNumbers.read(m.group("words"));
        String cur = m.group("sc").toLowerCase(Locale.ROOT);
        if (currency == null || number == null || cur.length() <= 1 && m.group("of") != null) {
            return null;
        }
        return qualified(text, m.start(), m.end(), NumberReader.scaled(number, scale(m.group("scale"), lang)), null,
                currency, lang);
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
        BigDecimal low = NumberReader.read(m.group("num"), lang);
        BigDecimal high = NumberReader.read(m.group("num2"), lang);
        if (low == null || high == null || low.compareTo(high) >= 0) {
            return null;
        }
        BigDecimal scale = scaleText == null ? BigDecimal.ONE : scale(scaleText, lang);
        return qualified(text, m.start(), m.end(), NumberReader.scaled(low, scale), NumberReader.scaled(high, scale),
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
        boolean longScale = scaleText != null && scaleText.length() > 3;
        if (cur.equals("livres") && !longScale) {
            return false;
        }
        String of = groupOrNull(m, "of");
        if (of != null && !longScale) {
            return false;
        }
        if (scaleText != null && scaleText.length() == 1) {
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

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static BigDecimal scale(String scaleText, String lang) {
        String key = scaleText.toLowerCase(Locale.ROOT);
        if (key.startsWith("billion")) {
            // A French "billion" is a million millions; everywhere else it is a thousand millions.
            return "fr".equals(lang) ? BigDecimal.TEN.pow(12) : BigDecimal.TEN.pow(9);
        }
        return SCALES.get(key);
    }

    static String currency(String written) {
        String c = written.toLowerCase(Locale.ROOT).replaceAll("[ \\u00A0\\u202F\\u2009]+", " ");
        if (c.equals("€") || c.startsWith("euro") || c.equals("eur")) {
            return "EUR";
        }
        if (c.equals("c$") || c.equals("ca$") || c.equals("cad") || c.endsWith("canadiens")) {
            return "CAD";
        }
        if (c.equals("a$")) {
            return "AUD";
        }
        if (c.contains("$") || c.contains("dollar") || c.equals("usd")) {
            return "USD";
        }
        if (c.equals("£") || c.startsWith("livre") || c.startsWith("pound") || c.equals("gbp")) {
            return "GBP";
        }
        if (c.startsWith("franc") || c.equals("chf")) {
            return "CHF";
        }
        if (c.equals("¥") || c.startsWith("yen") || c.equals("jpy")) {
            return "JPY";
        }
        if (c.startsWith("yuan") || c.equals("cny")) {
            return "CNY";
        }
        return null;
    }
}
