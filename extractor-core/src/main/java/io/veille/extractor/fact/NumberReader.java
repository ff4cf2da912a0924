package io.veille.extractor.fact;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the numbers news texts write: "2,5" and "2.5", "100 000" with plain, no-break or thin
 * spaces, "1,500,000" and "1.500.000", and the small numbers spelled out ("cinq", "five").
 * The text's language only settles the one ambiguous form, a single separator followed by exactly
 * three digits ("1,500" is 1500 in English, 1.5 in French).
 */
public final class NumberReader {

    /** Spaces that writers and CMSs put between thousands: plain, no-break, narrow no-break, thin. */
    static final String GROUP_SPACE = "[ \\u00A0\\u202F\\u2009]";

    /**
     * A written number. Space grouping needs a first group of at most three digits, so that
     * "en 2025 100 000 jeunes" reads 2025, then 100000.
     */
    public static final String NUMBER = "(?<![\\d.,])(?:\\d{1,3}(?:" + GROUP_SPACE + "\\d{3})+(?!\\d)(?:[.,]\\d+)?"
            + "|\\d+(?:[.,]\\d+)*)(?![.,]?\\d)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4),
            Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9),
            Map.entry("dix", 10), Map.entry("douze", 12), Map.entry("quinze", 15), Map.entry("vingt", 20),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));

    /** Spelled-out small numbers, as a regex alternative (for "sur cinq ans", "three days ago"). */
    public static final String NUMBER_WORD = "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt"
            + "|one|two|three|four|five|seven|eight|nine|ten|twelve|fifteen|twenty)";

    private NumberReader() {
    }

    /**
     * @param written digits with separators, as matched by {@link #NUMBER}, or a number word
     * @param lang    the text's language ("fr", "en", ...), or null
     * @return the number, or null when it is not one
     */
    public static BigDecimal read(String written, String lang) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = written.strip();
        Integer word = WORDS.get(s.toLowerCase(Locale.ROOT));
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        s = s.replaceAll(GROUP_SPACE, "");
        if (!s.matches("\\d+(?:[.,]\\d+)*")) {
            return null;
        }
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        String normal;
        if (lastComma >= 0 && lastDot >= 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            normal = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (lastComma >= 0 || lastDot >= 0) {
            char sep = lastComma >= 0 ? ',' : '.';
            normal = oneKindOfSeparator(s, sep, lang);
        } else {
            normal = s;
        }
        if (normal == null || normal.chars().filter(c -> c == '.').count() > 1) {
            return null;
        }
        return new BigDecimal(normal);
    }

    private static String oneKindOfSeparator(String s, char sep, String lang) {
        String[] parts = s.split(Pattern.quote(String.valueOf(sep)));
        if (parts.length > 2) {
            // Several of the same separator can only be grouping: 1,500,000 or 1.500.000.
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].length() != 3) {
                    return null;
                }
            }
            return String.join("", parts);
        }
        String fraction = parts[1];
        boolean groupingShape = fraction.length() == 3 && parts[0].length() <= 3 && !parts[0].equals("0");
        if (groupingShape && groupsWith(sep, lang)) {
            return parts[0] + fraction;
        }
        return parts[0] + "." + fraction;
    }

    /** Whether the language writes this separator between thousands (English 1,500; French 1.500). */
    private static boolean groupsWith(char sep, String lang) {
        boolean french = lang != null && !lang.equals("en");
        return sep == ',' ? !french : french;
    }

    /** The value times a scale, with no trailing zeros in the fraction and never in exponent form. */
    public static BigDecimal scaled(BigDecimal number, BigDecimal scale) {
        BigDecimal v = number.multiply(scale).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
