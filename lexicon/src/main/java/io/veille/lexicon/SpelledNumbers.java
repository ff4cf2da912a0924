package io.veille.lexicon;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.Locale;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Reads numbers written in words, French and English ("deux", "trois cents", "vingt-et-un",
 * "twenty-five", "one hundred and twenty"), with ICU4J's rule-based spell-out rules, so that every
 * form the rules can write is read back. "a" and "half a" ("a billion", "half a billion") are
 * English idioms the rules do not spell, read here.
 */
public final class SpelledNumbers {

    private static final String FR = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
            + "|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?";
    private static final String EN = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|mille";
    /** One number word, as a regex alternative (no groups): "cinq", "twenty", "cent". */
    public static final String WORD = "(?:" + FR + "|" + EN + ")";
    /** "half", "a quarter", "three quarters": fractions, read before a scale word ("half million usd"). */
    private static final String FRACTION = "(?:(?:an?|one|three)[ \\u00A0])?(?:half|quarters?)(?![ \\u00A0]an?(?![\\p{L}]))";
    private static final String JOINT = "(?:[ \\u00A0-]|[ \\u00A0-](?:et|and)[ \\u00A0-])";

    /**
     * A run of number words, as a regex (no groups). It starts with a number word, "a" or "half a",
     * and is not the tail of a larger amount ("deux millions cinq cent mille" is not "cinq cent mille").
     */
    public static final String RUN = "(?<![\\p{L}\\d])" + firstLetters() + "(?<!(?:millions?|milliards?|billions?|million|thousand|lakhs?|crores?)[ \\u00A0])"
            + "(?:" + FRACTION + "|half[ \\u00A0]a|(?:an?[ \\u00A0](?=hundred|thousand))?" + WORD + "(?:" + JOINT + WORD + ")*|an?)(?![\\p{L}\\d])";

    /**
     * A lookahead on the letters a run can start with: it fails most word starts at once, before the
     * costlier look behind for a larger amount.
     */
    private static String firstLetters() {
        StringBuilder letters = new StringBuilder("ahq");
        for (String word : (FR + "|" + EN).split("\\|")) {
            if (letters.indexOf(word.substring(0, 1)) < 0) {
                letters.append(word.charAt(0));
            }
        }
        return "(?iu:(?=[" + letters + "]))";
    }

    private static final java.util.regex.Pattern TENS_UNITS = java.util.regex.Pattern.compile(
            "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (one|two|three|four|five|six|seven|eight|nine)\\b");
    private static final java.util.regex.Pattern READ_FRACTION = java.util.regex.Pattern.compile("(?:(an?|one|three) )?(half|quarters?)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final java.util.regex.Pattern SAYS_HUNDREDS = java.util.regex.Pattern.compile("hundred|thousand|cent|mille");

    private static final ULocale[] LOCALES = {ULocale.FRENCH, ULocale.ENGLISH};

    private SpelledNumbers() {
    }

    /** The number the words say, or null when they are not a number ICU's rules can read. */
    public static BigDecimal read(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').strip();
        if (w.equals("a") || w.equals("an")) {
            return BigDecimal.ONE;
        }
        if (w.matches("an? (?:hundred|thousand).*")) {
            // "a hundred dollars", "a thousand and one": the rules spell "one hundred"
            w = "one" + w.substring(w.indexOf(' '));
        }
        if (w.equals("half a")) {
            return new BigDecimal("0.5");
        }
        java.util.regex.Matcher fraction = READ_FRACTION.matcher(w);
        if (fraction.matches()) {
            BigDecimal part = fraction.group(2).equals("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
            return "three".equals(fraction.group(1)) ? part.multiply(BigDecimal.valueOf(3)) : part;
        }
        for (ULocale locale : LOCALES) {
            BigDecimal n = parseAll(locale, w);
            if (n == null) {
                n = parseAll(locale, w.replace(' ', '-'));
            }
            if (n == null) {
                // ICU writes a hyphen between tens and units only: "two thousand thirty-two"
                n = parseAll(locale, TENS_UNITS.matcher(w).replaceAll("$1-$2"));
            }
            if (n == null) {
                n = hundreds(locale, w);
            }
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /**
     * "trois cent millions" is common though the rules write "trois cents" before a noun; read the
     * words before "cent" times a hundred, plus the rest.
     */
    private static BigDecimal hundreds(ULocale locale, String w) {
        int at = w.lastIndexOf("cent");
        if (at <= 0) {
            return null;
        }
        BigDecimal left = parseAll(locale, w.substring(0, at).strip());
        String rest = w.substring(at).replaceFirst("^cents?", "").strip();
        BigDecimal right = rest.isEmpty() ? BigDecimal.ZERO : parseAll(locale, rest);
        return left == null || right == null ? null : left.multiply(BigDecimal.valueOf(100)).add(right);
    }

    /** The number, when the rules read every character of the words; else null. */
    private static BigDecimal parseAll(ULocale locale, String words) {
        // A format is not thread-safe and cheap enough to build per reading: spelled-out amounts are rare.
        RuleBasedNumberFormat rules = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        ParsePosition pos = new ParsePosition(0);
        Number n = rules.parse(words, pos);
        if (n == null || pos.getIndex() != words.length() || pos.getErrorIndex() >= 0) {
            return null;
        }
        BigDecimal v = new BigDecimal(n.toString());
        if (v.compareTo(HUNDRED) >= 0 && !SAYS_HUNDREDS.matcher(words).find()) {
            // ICU also parses with its year rules ("twenty five" as 2005, "eighty six" as 8006): a
            // cardinal of a hundred or more says "hundred", "thousand", "cent" or "mille"
            return null;
        }
        return v.signum() > 0 ? v : null;
    }
}
