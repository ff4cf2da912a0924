package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.lexicon.Numbers;
import io.veille.lexicon.Scales;
import io.veille.lexicon.SpelledNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Finds percentages ("22 %", "22%", "3,5 pour cent") and quantities with a unit ("1 gigawatt",
 * "100 000 jeunes", "2 millions d'emplois", "300 MW"). Units are data: each written form maps to
 * one canonical unit, so French and English facts compare.
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

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("gw", "GW"), Map.entry("gigawatt", "GW"), Map.entry("gigawatts", "GW"),
            Map.entry("mw", "MW"), Map.entry("mégawatt", "MW"), Map.entry("mégawatts", "MW"),
            Map.entry("megawatt", "MW"), Map.entry("megawatts", "MW"), Map.entry("kw", "kW"),
            Map.entry("twh", "TWh"), Map.entry("gwh", "GWh"), Map.entry("mwh", "MWh"), Map.entry("kwh", "kWh"),
            Map.entry("km", "km"), Map.entry("kilomètres", "km"), Map.entry("kilometres", "km"), Map.entry("kilometers", "km"),
            Map.entry("tonnes", "t"), Map.entry("tons", "t"),
            Map.entry("personnes", "people"), Map.entry("people", "people"), Map.entry("persons", "people"),
            Map.entry("jeunes", "young people"), Map.entry("young people", "young people"),
            Map.entry("emplois", "jobs"), Map.entry("jobs", "jobs"),
            Map.entry("salariés", "employees"), Map.entry("employés", "employees"), Map.entry("employees", "employees"),
            Map.entry("chercheurs", "researchers"), Map.entry("researchers", "researchers"),
            Map.entry("participants", "participants"), Map.entry("utilisateurs", "users"), Map.entry("users", "users"),
            Map.entry("habitants", "inhabitants"), Map.entry("inhabitants", "inhabitants"),
            Map.entry("étudiants", "students"), Map.entry("students", "students"),
            Map.entry("start-up", "startups"), Map.entry("start-ups", "startups"), Map.entry("startups", "startups"),
            Map.entry("entreprises", "companies"), Map.entry("companies", "companies"),
            Map.entry("pays", "countries"), Map.entry("countries", "countries"),
            Map.entry("nations", "countries"), Map.entry("usines", "factories"), Map.entry("factories", "factories"),
            Map.entry("leaders", "leaders"), Map.entry("acteurs", "actors"));

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<num>" + Numbers.NUMBER + ")(?:" + WS + "(?<scale>" + Scales.SPELLED + ")"
                    + "(?:" + WS + "de|" + WS + "d['’ʼ]|" + WS + "of)?)?" + WS + "?(?<unit>" + alternation() + ")(?![\\p{L}\\d])",
            FLAGS);

    /** Spelled-out counts need a scale word: "un pays" is not a count of countries, "deux millions d'emplois" is. */
    private static final Pattern SPELLED_QUANTITY = Pattern.compile(
            "(?<words>" + SpelledNumbers.RUN + ")" + WS + "(?<scale>" + Scales.SPELLED + ")"
                    + "(?:" + WS + "de|" + WS + "d['’ʼ]|" + WS + "of)?" + WS + "?(?<unit>" + alternation() + ")(?![\\p{L}\\d])",
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
                    UNITS.get(q.group("unit").toLowerCase(Locale.ROOT))));
        }
        Matcher w = SPELLED_QUANTITY.matcher(text);
        while (w.find()) {
            BigDecimal v = SpelledNumbers.read(w.group("words"));
            if (v != null) {
                found.add(withQualifier(text, FactType.QUANTITY, w.start(), w.end(), scaled(v, w.group("scale"), lang),
                        UNITS.get(w.group("unit").toLowerCase(Locale.ROOT))));
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

    private static String alternation() {
        return UNITS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
