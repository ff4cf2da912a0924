package io.veille.lexicon;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the numbers news texts write: "2,5" and "2.5", "100 000" with plain, no-break, narrow or
 * thin spaces, "1,500,000" and "1.500.000", and numbers spelled out ({@link SpelledNumbers}). The
 * text's language settles the one ambiguous form, a single separator followed by exactly three
 * digits ("1,500" is 1500 in English, 1.5 in French); without a language it groups thousands.
 */
public final class Numbers {

    /** Spaces that writers and CMSs put between thousands: plain, no-break, narrow no-break, thin. */
    public static final String SPACE = "[ \\u00A0\\u202F\\u2009]";

    /**
     * A written number. Space grouping needs a first group of at most three digits, so that
     * "en 2025 100 000 jeunes" reads 2025, then 100000.
     */
    public static final String NUMBER = "(?<![\\d.,])(?:\\d{1,3}(?:" + SPACE + "\\d{3})+(?!\\d)(?:[.,]\\d+)?"
            + "|\\d+(?:[.,]\\d+)*)(?![.,]?\\d)";

    private Numbers() {
    }

    /**
     * @param written digits with separators, as matched by {@link #NUMBER}, or number words
     * @param lang    the text's language ("fr", "en", ...), or null
     * @return the number, or null when it is not one
     */
    public static BigDecimal read(String written, String lang) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = written.strip().replaceAll(SPACE, "");
        if (!s.matches("\\d+(?:[.,]\\d+)*")) {
            return SpelledNumbers.read(written);
        }
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        String normal;
        if (lastComma >= 0 && lastDot >= 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            normal = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (lastComma >= 0 || lastDot >= 0) {
            normal = oneKindOfSeparator(s, lastComma >= 0 ? ',' : '.', lang);
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
        if (lang == null) {
            return true;
        }
        boolean french = !lang.toLowerCase(Locale.ROOT).startsWith("en");
        return sep == ',' ? !french : french;
    }

    /** The value times a scale, with no trailing zeros in the fraction and never in exponent form. */
    public static BigDecimal scaled(BigDecimal number, BigDecimal scale) {
        return normal(number.multiply(scale));
    }

    /** One representation per value, so that 109E9 and 109000000000.00 compare equal in a set. */
    public static BigDecimal normal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
