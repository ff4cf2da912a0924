package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in French or English text and reads each with its scale word, so that
 * "109 milliards", "109 Md€", "€109bn" and "109 billion" all read as 109000000000.
 */
public final class NumberMentions {

    // Grouped thousands (1,000,000 / 100 000 / 1.000.000) or a plain number with an optional decimal part.
    private static final String NUMBER = "\\d{1,3}(?:[,.\\u00A0\\u202F ]\\d{3})+(?![\\d])(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
    private static final String SCALE = "milliards?|mds?|md|billions?|bn|trillions?|tn|millions?|mio|mn|m|thousand|mille|k";
    private static final String CURRENCY = "(?:€|\\$|£|eur|usd)";
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\d])(" + NUMBER + ")(?:\\s?" + CURRENCY + "?\\s?(" + SCALE + ")(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "10 et 20 milliards", "10–20 billion", "€10 to €20bn": the lower bound is written without the
    // scale word it shares with the upper one, and means that scale.
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\d])(" + NUMBER + ")\\s*(?:–|—|-|et|and|to|à)\\s*" + CURRENCY + "?\\s?(" + NUMBER + ")\\s?"
                    + CURRENCY + "?\\s?(" + SCALE + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("milliard", BigDecimal.TEN.pow(9)), Map.entry("milliards", BigDecimal.TEN.pow(9)),
            Map.entry("md", BigDecimal.TEN.pow(9)), Map.entry("mds", BigDecimal.TEN.pow(9)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("billions", BigDecimal.TEN.pow(9)),
            Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("trillions", BigDecimal.TEN.pow(12)),
            Map.entry("tn", BigDecimal.TEN.pow(12)),
            Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("millions", BigDecimal.TEN.pow(6)),
            Map.entry("mio", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)), Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("thousand", BigDecimal.TEN.pow(3)), Map.entry("mille", BigDecimal.TEN.pow(3)), Map.entry("k", BigDecimal.TEN.pow(3)));

    private NumberMentions() {
    }

    public static List<NumberMention> in(String text) {
        if (text == null) {
            return new ArrayList<>();
        }
        // (position, mention) pairs, so mentions come out in reading order whichever pass found them
        TreeMap<Integer, NumberMention> found = new TreeMap<>();
        StringBuilder rest = new StringBuilder(text);
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            BigDecimal scale = SCALES.get(range.group(3).toLowerCase(Locale.ROOT));
            found.put(range.start(1), new NumberMention(range.group(1), normal(parse(range.group(1)).multiply(scale))));
            found.put(range.start(2), new NumberMention(text.substring(range.start(2), range.end()).strip(),
                    normal(parse(range.group(2)).multiply(scale))));
            // blanked out (same length) so the single-number pass below does not read them again
            for (int i = range.start(); i < range.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        Matcher m = MENTION.matcher(rest);
        while (m.find()) {
            BigDecimal value = parse(m.group(1));
            if (m.group(2) != null) {
                value = value.multiply(SCALES.get(m.group(2).toLowerCase(Locale.ROOT)));
            }
            found.put(m.start(), new NumberMention(m.group().strip(), normal(value)));
        }
        return new ArrayList<>(found.values());
    }

    /** One representation per value, so that 109E9 and 109000000000.00 compare equal in a set. */
    public static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal parse(String number) {
        String n = number.replaceAll("[\\u00A0\\u202F ]", "");
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
