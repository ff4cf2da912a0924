package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\d])(" + NUMBER + ")(?:\\s?(?:€|\\$|£|eur|usd)?\\s?(" + SCALE + ")(?![\\p{L}]))?",
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
        List<NumberMention> mentions = new ArrayList<>();
        if (text == null) {
            return mentions;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            BigDecimal value = parse(m.group(1));
            if (m.group(2) != null) {
                value = value.multiply(SCALES.get(m.group(2).toLowerCase(Locale.ROOT)));
            }
            mentions.add(new NumberMention(m.group().strip(), normal(value)));
        }
        return mentions;
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
