package io.veille.extractor.fact;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.lexicon.Numbers;
import io.veille.lexicon.SpelledNumbers;

/**
 * The words around an amount that bound or spread it ("jusqu'à", "plus de", "sur 5 ans"), read
 * into one English vocabulary so that French and English facts compare.
 */
final class Qualifiers {

    private static final String SP = "[ \\u00A0\\u202F]+";

    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("jusqu'à", "up to"), Map.entry("jusqu'a", "up to"), Map.entry("plus de", "more than"),
            Map.entry("moins de", "less than"), Map.entry("près de", "nearly"), Map.entry("pres de", "nearly"),
            Map.entry("environ", "about"), Map.entry("au moins", "at least"), Map.entry("quelque", "about"),
            Map.entry("up to", "up to"), Map.entry("more than", "more than"), Map.entry("over", "more than"),
            Map.entry("nearly", "nearly"), Map.entry("almost", "nearly"), Map.entry("about", "about"),
            Map.entry("around", "about"), Map.entry("less than", "less than"), Map.entry("at least", "at least"),
            Map.entry("some", "about"), Map.entry("roughly", "about"));

    private static final Pattern BEFORE_PATTERN = Pattern.compile(
            "(?<![\\p{L}])(jusqu['’ʼ]à|jusqu['’ʼ]a|plus de|moins de|près de|pres de|environ|au moins|quelque"
                    + "|up to|more than|over|nearly|almost|about|around|less than|at least|some|roughly)" + SP + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern OVER_YEARS = Pattern.compile(
            "^" + SP + "(?:sur|over|en|in)" + SP + "(" + Numbers.NUMBER + "|" + SpelledNumbers.WORD + ")"
                    + SP + "(ans|années|years|mois|months)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PER_YEAR = Pattern.compile(
            "^" + SP + "(?:par an|per year|a year|per annum|annuellement|chaque année|each year)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Qualifiers() {
    }

    /** A qualifier found next to an amount, and how far it extends the amount's span. */
    record Found(String qualifier, int start, int end) {
    }

    /** The bounding words just before {@code start}, or null. */
    static Found before(String text, int start) {
        int from = Math.max(0, start - 24);
        Matcher m = BEFORE_PATTERN.matcher(text).region(from, start);
        m.useTransparentBounds(true).useAnchoringBounds(true);
        if (!m.find()) {
            return null;
        }
        String key = m.group(1).toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        return new Found(BEFORE.get(key), m.start(), start);
    }

    /** A spread in time just after {@code end} ("sur 5 ans" is "over 5 years"), or null. */
    static Found after(String text, int end, String lang) {
        int to = Math.min(text.length(), end + 40);
        Matcher m = OVER_YEARS.matcher(text).region(end, to);
        m.useTransparentBounds(true).useAnchoringBounds(true);
        if (m.find()) {
            var n = Numbers.read(m.group(1), lang);
            if (n != null) {
                String unit = m.group(2).toLowerCase(Locale.ROOT).startsWith("m") ? "month" : "year";
                String plural = n.compareTo(java.math.BigDecimal.ONE) == 0 ? "" : "s";
                return new Found("over " + n.toPlainString() + " " + unit + plural, end, m.end());
            }
        }
        Matcher p = PER_YEAR.matcher(text).region(end, to);
        p.useTransparentBounds(true).useAnchoringBounds(true);
        if (p.find()) {
            return new Found("per year", end, p.end());
        }
        return null;
    }
}
