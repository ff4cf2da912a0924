package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.lexicon.Numbers;
import io.veille.lexicon.Scales;
import io.veille.lexicon.SpelledNumbers;
import io.veille.lexicon.Units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Finds percentages ("22 %", "22%", "3,5 pour cent") and quantities with a unit ("1 gigawatt",
 * "100 000 jeunes", "2 millions d'emplois", "300 MW"). Units are the lexicon's data ({@link Units}):
 * each written form maps to one language-neutral key, so French and English facts compare.
 */
public final class MeasureParser {

    private static final String WS = "[ \\u00A0\\u202F\\u2009]";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern PERCENT = Pattern.compile(
            "(?<![%\\p{L}])(?<num>" + Numbers.NUMBER + ")" + WS + "?(?:%(?![0-9A-Fa-f]{2})|pour" + WS + "?cents?|pourcents?|percent|per" + WS + "cent)(?![\\p{L}])",
            FLAGS);

    /** "vingt pour cent", "twenty percent", "cent pourcent": a percentage spelled out. */
    private static final Pattern SPELLED_PERCENT = Pattern.compile("(?<words>" + SpelledNumbers.RUN + ")" + WS
            + "(?:pour" + WS + "?-?cents?|pour-cents?|pourcents?|percents?|per" + WS + "cent)(?![\\p{L}])", FLAGS);

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<num>" + Numbers.NUMBER + ")(?:" + WS + "(?<scale>" + Scales.SPELLED + ")"
                    + "(?:" + WS + "de|" + WS + "d['’ʼ]|" + WS + "of)?)?" + WS + "?(?<unit>" + Units.ANY + ")(?![\\p{L}\\d])",
            FLAGS);

    /** Spelled-out counts need a scale word: "un pays" is not a count of countries, "deux millions d'emplois" is. */
    private static final Pattern SPELLED_QUANTITY = Pattern.compile(
            "(?<words>" + SpelledNumbers.RUN + ")" + WS + "(?<scale>" + Scales.SPELLED + ")"
                    + "(?:" + WS + "de|" + WS + "d['’ʼ]|" + WS + "of)?" + WS + "?(?<unit>" + Units.ANY + ")(?![\\p{L}\\d])",
            FLAGS);

    private MeasureParser() {
    }

    public static List<Fact> find(String text, String lang) {
        List<Fact> found = new ArrayList<>();
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            BigDecimal v = Numbers.read(p.group("num"), lang);
            if (v != null) {
                found.add(withQualifier(text, FactType.PERCENT, p.start(), p.end(), v, "%"));
            }
        }
        Matcher sp = SPELLED_PERCENT.matcher(text);
        while (sp.find()) {
            BigDecimal v = SpelledNumbers.read(sp.group("words"));
            if (v != null && !sp.group("words").matches("(?i)an?|half.*")) {
                found.add(withQualifier(text, FactType.PERCENT, sp.start(), sp.end(), v, "%"));
            }
        }
        Matcher q = QUANTITY.matcher(text);
        while (q.find()) {
            BigDecimal v = Numbers.read(q.group("num"), lang);
            if (v == null) {
                continue;
            }
            found.add(withQualifier(text, FactType.QUANTITY, q.start(), q.end(), scaled(v, q.group("scale"), lang),
                    Units.key(q.group("unit"))));
        }
        Matcher w = SPELLED_QUANTITY.matcher(text);
        while (w.find()) {
            BigDecimal v = SpelledNumbers.read(w.group("words"));
            if (v != null) {
                found.add(withQualifier(text, FactType.QUANTITY, w.start(), w.end(), scaled(v, w.group("scale"), lang),
                        Units.key(w.group("unit"))));
            }
        }
        return Spans.keepLongest(found);
    }

    private static BigDecimal scaled(BigDecimal v, String scale, String lang) {
        return scale == null ? v : Numbers.scaled(v, Scales.factor(scale, lang));
    }

    private static Fact withQualifier(String text, FactType type, int start, int end, BigDecimal value, String unit) {
        Qualifiers.Found before = Qualifiers.before(text, start);
        int s = before == null ? start : before.start();
        return Fact.measure(type, text.substring(s, end), s, end, value, unit,
                before == null ? null : before.qualifier());
    }
}
