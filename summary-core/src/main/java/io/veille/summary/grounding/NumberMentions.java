package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in French or English text and reads each with its scale word, currency and
 * percent sign, so that "109 milliards d'euros", "109 Md€", "109 G€", "€109bn" and "€109
 * billion" all read as 109000000000 euros, and "22 %", "22 per cent" and "22 pour cent" as 22
 * percent. Numbers spelled out are read only with a scale word ("deux milliards d'euros"), as the
 * extractor reads them: "les deux pays" states no figure. The lower bound of a range written with
 * one scale word ("entre 10 et 20 milliards", "€10–20bn") takes the scale of the upper bound.
 */
public final class NumberMentions {

    private static final String WS = "[ \\u00A0\\u202F\\u2009]";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // Grouped thousands (1,000,000 / 100 000 / 1.000.000) or a plain number with an optional decimal part.
    private static final String NUMBER = "\\d{1,3}(?:[,.\\u00A0\\u202F\\u2009 ]\\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d])(?:" + NUMBER + ")");

    private static final String SCALE_WORDS = "milliards?|mds?|mrds?|md|billions?|bn|trillions?|tn|millions?|mio|mn|mille|thousand|k";
    private static final Pattern SCALE = Pattern.compile(WS + "?(" + SCALE_WORDS + ")(?![\\p{L}])", FLAGS);
    /** "€20m", "$2.5b", "20 M€", "109 G€": a lone letter is a scale only next to a currency. */
    private static final Pattern LETTER_SCALE = Pattern.compile(WS + "?([mbg])(?![\\p{L}])", FLAGS);
    private static final Pattern SYMBOL_NEXT = Pattern.compile(WS + "?[€$£¥]");

    private static final String CURRENCY_WORDS = "€|\\$|£|¥|euros?|us" + WS + "dollars?|dollars?(?:" + WS
            + "(?:américains|us|canadiens|australiens))?|livres?(?:" + WS + "sterling)?|pounds?(?:" + WS + "sterling)?"
            + "|francs?" + WS + "suisses|yens?|yuans?|eur|usd|gbp|chf|jpy|cad|cny";
    private static final Pattern SUFFIX_CURRENCY = Pattern.compile(
            WS + "?(?:(?:de|d['’]|of)" + WS + "?)?(" + CURRENCY_WORDS + ")(?![\\p{L}])", FLAGS);
    private static final Pattern PREFIX_CURRENCY = Pattern.compile(
            "(US\\$|C\\$|CA\\$|A\\$|\\$|€|£|¥|(?<![\\p{L}])(?:USD|EUR|GBP|CHF|JPY|CAD|CNY))" + WS + "?$");
    private static final Pattern PERCENT = Pattern.compile(WS + "?(?:%|pour" + WS + "?cents?|pourcents?|per" + WS
            + "?cent|points?" + WS + "de" + WS + "pourcentage|percentage" + WS + "points?)(?![\\p{L}])", FLAGS);
    private static final Pattern RANGE_GAP = Pattern.compile(WS + "*(?:–|—|-|à|to|et|and)" + WS + "*(?:US\\$|\\$|€|£)?" + WS + "?", FLAGS);

    private static final String NUMBER_WORD = "quatorze|cinquante|quarante|soixante|treize|quinze|trente|quatre|vingts?"
            + "|douze|seize|trois|deux|cinq|sept|huit|neuf|onze|cents?|dix|six|une?"
            + "|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|seventy|twenty|thirty|eleven|twelve|ninety"
            + "|eighty|hundred|forty|fifty|sixty|three|seven|eight|four|five|nine|one|two|ten|six";
    private static final Pattern SPELLED = Pattern.compile("(?<![\\p{L}\\d])(?:" + NUMBER_WORD + ")(?:(?:-et-|-|" + WS + "(?:et|and)"
            + WS + "|" + WS + ")(?:" + NUMBER_WORD + "))*(?=" + WS + "(?:milliards?|millions?|billions?|trillions?|mille|thousand)(?![\\p{L}]))",
            FLAGS);

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("milliard", BigDecimal.TEN.pow(9)), Map.entry("milliards", BigDecimal.TEN.pow(9)),
            Map.entry("md", BigDecimal.TEN.pow(9)), Map.entry("mds", BigDecimal.TEN.pow(9)),
            Map.entry("mrd", BigDecimal.TEN.pow(9)), Map.entry("mrds", BigDecimal.TEN.pow(9)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("billions", BigDecimal.TEN.pow(9)),
            Map.entry("bn", BigDecimal.TEN.pow(9)), Map.entry("b", BigDecimal.TEN.pow(9)), Map.entry("g", BigDecimal.TEN.pow(9)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("trillions", BigDecimal.TEN.pow(12)),
            Map.entry("tn", BigDecimal.TEN.pow(12)),
            Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("millions", BigDecimal.TEN.pow(6)),
            Map.entry("mio", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)), Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("thousand", BigDecimal.TEN.pow(3)), Map.entry("mille", BigDecimal.TEN.pow(3)), Map.entry("k", BigDecimal.TEN.pow(3)));

    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4),
            Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9),
            Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
            Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
            Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("soixante", 60), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    /** A number found, with where its text starts and ends (scale, currency or % included). */
    private record Found(int start, int end, BigDecimal number, BigDecimal scale, Set<String> currencies, boolean percent) {
    }

    private record Tail(int end, BigDecimal scale, Set<String> currencies, boolean percent) {
    }

    private NumberMentions() {
    }

    public static List<NumberMention> in(String text) {
        if (text == null) {
            return new ArrayList<>();
        }
        List<Found> found = new ArrayList<>();
        Matcher spelled = SPELLED.matcher(text);
        while (spelled.find()) {
            BigDecimal number = spelledValue(spelled.group());
            if (number != null) {
                Tail tail = tail(text, spelled.end(), false);
                found.add(new Found(spelled.start(), tail.end(), number, tail.scale(), tail.currencies(), tail.percent()));
            }
        }
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            Matcher prefix = PREFIX_CURRENCY.matcher(text);
            prefix.region(Math.max(0, digits.start() - 6), digits.start()).useTransparentBounds(true);
            boolean prefixed = prefix.find();
            Tail tail = tail(text, digits.end(), prefixed);
            Set<String> currencies = prefixed ? currencies(prefix.group(1)) : tail.currencies();
            // the text starts at the digits ("150 billion" for "€150 billion"), as repair prompts quote it
            found.add(new Found(digits.start(), tail.end(), parse(digits.group()), tail.scale(), currencies, tail.percent()));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<NumberMention> mentions = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            if (next != null && next.start() >= f.end() && RANGE_GAP.matcher(text.substring(f.end(), next.start())).matches()) {
                // "10 et 20 milliards d'euros": the lower bound shares the upper one's scale, currency and percent sign.
                f = new Found(f.start(), f.end(), f.number(), f.scale() == null ? next.scale() : f.scale(),
                        f.currencies().isEmpty() ? next.currencies() : f.currencies(), f.percent() || next.percent());
            }
            BigDecimal value = f.scale() == null ? f.number() : f.number().multiply(f.scale());
            mentions.add(new NumberMention(text.substring(f.start(), f.end()), normal(value), f.currencies(), f.percent(),
                    f.scale() != null, f.start()));
        }
        return mentions;
    }

    /** What follows a number: a scale word, then a currency, or a percent sign. */
    private static Tail tail(String text, int at, boolean prefixed) {
        BigDecimal scale = null;
        int end = at;
        Matcher s = SCALE.matcher(text).region(at, text.length()).useTransparentBounds(true);
        Matcher letter = LETTER_SCALE.matcher(text).region(at, text.length()).useTransparentBounds(true);
        if (s.lookingAt()) {
            scale = SCALES.get(s.group(1).toLowerCase(Locale.ROOT));
            end = s.end();
        } else if (letter.lookingAt() && (prefixed
                || SYMBOL_NEXT.matcher(text).region(letter.end(), text.length()).lookingAt())) {
            scale = SCALES.get(letter.group(1).toLowerCase(Locale.ROOT));
            end = letter.end();
        }
        if (scale == null) {
            Matcher p = PERCENT.matcher(text).region(at, text.length()).useTransparentBounds(true);
            if (p.lookingAt()) {
                return new Tail(p.end(), null, Set.of(), true);
            }
        }
        Matcher c = SUFFIX_CURRENCY.matcher(text).region(end, text.length()).useTransparentBounds(true);
        if (!prefixed && c.lookingAt()) {
            String written = c.group(1).toLowerCase(Locale.ROOT);
            // "3 livres" are books and "5 pounds" a weight; with a scale word they are money.
            boolean ambiguous = (written.equals("livres") || written.startsWith("pound")) && scale == null;
            if (!ambiguous) {
                return new Tail(c.end(), scale, currencies(written), false);
            }
        }
        return new Tail(end, scale, Set.of(), false);
    }

    /** The currencies a written sign or name may mean: "$" alone is any dollar. */
    static Set<String> currencies(String written) {
        String c = written.toLowerCase(Locale.ROOT).replaceAll("[ \\u00A0\\u202F\\u2009]+", " ").strip();
        if (c.equals("€") || c.startsWith("euro") || c.equals("eur")) {
            return Set.of("EUR");
        }
        if (c.equals("c$") || c.equals("ca$") || c.equals("cad") || c.endsWith("canadiens")) {
            return Set.of("CAD");
        }
        if (c.equals("a$") || c.endsWith("australiens")) {
            return Set.of("AUD");
        }
        if (c.equals("us$") || c.equals("usd") || c.startsWith("us ") || c.endsWith(" us") || c.endsWith("américains")) {
            return Set.of("USD");
        }
        if (c.equals("$") || c.startsWith("dollar")) {
            return Set.of("USD", "CAD", "AUD");
        }
        if (c.equals("£") || c.startsWith("livre") || c.startsWith("pound") || c.equals("gbp")) {
            return Set.of("GBP");
        }
        if (c.startsWith("franc") || c.equals("chf")) {
            return Set.of("CHF");
        }
        if (c.equals("¥")) {
            return Set.of("JPY", "CNY");
        }
        if (c.startsWith("yen") || c.equals("jpy")) {
            return Set.of("JPY");
        }
        return Set.of("CNY");
    }

    /** "deux", "vingt-et-un", "trois cent", "quatre-vingt-dix", "twenty-five": small numbers spelled out. */
    static BigDecimal spelledValue(String words) {
        int total = 0;
        int previous = 0;
        for (String w : words.toLowerCase(Locale.ROOT).split("[-\\s\\u00A0\\u202F\\u2009]+")) {
            if (w.equals("et") || w.equals("and")) {
                continue;
            }
            if (w.startsWith("cent") || w.equals("hundred")) {
                total = (total == 0 ? 1 : total) * 100;
            } else if (w.startsWith("vingt") && previous == 4) {
                total += 80 - 4; // "quatre-vingt": four twenties
            } else {
                Integer v = WORD_VALUES.get(w);
                if (v == null) {
                    return null;
                }
                total += v;
                previous = v;
                continue;
            }
            previous = 0;
        }
        return total > 0 ? BigDecimal.valueOf(total) : null;
    }

    /** One representation per value, so that 109E9 and 109000000000.00 compare equal in a set. */
    public static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal parse(String number) {
        String n = number.replaceAll("[\\u00A0\\u202F\\u2009 ]", "");
        // A separator followed by exactly three digits groups thousands; any other one is the decimal mark.
        int lastSeparator = Math.max(n.lastIndexOf(','), n.lastIndexOf('.'));
        if (lastSeparator < 0) {
            return new BigDecimal(n);
        }
        String fraction = n.substring(lastSeparator + 1);
        String whole = n.substring(0, lastSeparator).replaceAll("[,.]", "");
        boolean grouping = fraction.length() == 3;
        return grouping ? new BigDecimal(whole + fraction) : new BigDecimal(whole + "." + fraction);
    }
}
