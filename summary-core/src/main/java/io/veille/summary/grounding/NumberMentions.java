package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.lexicon.Currencies;
import io.veille.lexicon.Numbers;
import io.veille.lexicon.Scales;
import io.veille.lexicon.SpelledNumbers;

/**
 * Finds the numbers in French or English text and reads each with its scale word, currency and
 * percent sign, so that "109 milliards d'euros", "109 Md€", "109 G€", "€109bn" and "€109
 * billion" all read as 109000000000 euros, and "22 %", "22 per cent" and "22 pour cent" as 22
 * percent. Numbers spelled out are read with a scale word ("deux milliards d'euros"), a percent,
 * a currency ("dix dollars") or from twenty up ("trois cent quarante-sept chercheurs"): "les deux
 * pays" states no figure. The lower bound of a range written with
 * one scale word ("entre 10 et 20 milliards", "€10–20bn") takes the scale of the upper bound.
 */
public final class NumberMentions {

    private static final String WS = "[ \\u00A0\\u202F\\u2009]";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d])(?:" + Numbers.NUMBER + ")");

    private static final Pattern SCALE = Pattern.compile("(?:" + WS + "?|-(?=" + Scales.SPELLED + "))(" + Scales.ANY + ")(?![\\p{L}])", FLAGS);
    /** "99p": pence touching one or two digits, as the extractor reads them. */
    private static final Pattern PENCE = Pattern.compile("p(?![\\p{L}\\d])");
    private static final Pattern SYMBOL_NEXT = Pattern.compile(WS + "?\\p{Sc}");

    private static final Pattern SUFFIX_CURRENCY = Pattern.compile(
            WS + "?(?:(?:de|d['’]|of)" + WS + "?)?(" + Currencies.SUFFIX + ")(?![\\p{L}])", FLAGS);
    private static final Pattern PREFIX_CURRENCY = Pattern.compile(
            "(?<![\\p{L}])(" + Currencies.PREFIX + ")" + WS + "?$", FLAGS);
    /** "30 MUSD", "500 kEUR": a code after a scale letter; "MAUD 60" before the number. */
    private static final Pattern SCALED_CODE_NEXT = Pattern.compile(WS + "?(" + Currencies.SCALED_CODE + ")(?![\\p{L}\\d])");
    private static final Pattern SCALED_CODE_BEFORE = Pattern.compile("(?<![\\p{L}])(" + Currencies.SCALED_CODE + ")" + WS + "?$");
    /** "75 USD million": a scale word after the currency. */
    private static final Pattern SCALE_AFTER_CURRENCY = Pattern.compile(WS + "(" + Scales.SPELLED + ")(?![\\p{L}])", FLAGS);
    private static final Pattern PERCENT = Pattern.compile(WS + "?(?:%|pour" + WS + "?cents?|pourcents?|per" + WS
            + "?cent|points?" + WS + "de" + WS + "pourcentage|percentage" + WS + "points?)(?![\\p{L}])", FLAGS);
    private static final Pattern RANGE_GAP = Pattern.compile(WS + "*(?:–|—|-|à|to|et|and)" + WS + "*(?:" + Currencies.PREFIX + ")?" + WS + "?", FLAGS);

    /**
     * Numbers spelled out count only with a scale word or a percent: "deux milliards d'euros",
     * "trente-cinq pour cent", not "les deux pays".
     */
    private static final Pattern SPELLED = Pattern.compile("(?:" + SpelledNumbers.RUN + ")(?=" + WS + Scales.SPELLED
            + "(?![\\p{L}])|" + PERCENT.pattern() + "|(?:" + WS + "|-)(?:(?:de|d['’]|of)" + WS + "?)?" + Currencies.SUFFIX + "(?![\\p{L}]))", FLAGS);

    /** "$20 and 43c", "3 CHF 4 cents", "thirteen dollars and forty-five cents": the cents after a whole amount. */
    private static final Pattern CENTS = Pattern.compile("^" + WS + "*(?:(?:and|et)" + WS + "+)?(?<n>\\d{1,2}|" + SpelledNumbers.RUN
            + ")" + WS + "*(?:cents?|centimes?|c|p|pence)(?![\\p{L}\\d])", FLAGS);

    /**
     * A number spelled out with no scale word or percent counts when it is a currency's amount ("dix
     * dollars", "twenty euros") or a count from twenty up ("trois cent quarante-sept chercheurs"),
     * never as a small word ("les deux pays", "one of them").
     */
    private static final Pattern SPELLED_ANY = Pattern.compile(SpelledNumbers.RUN, FLAGS);
    private static final BigDecimal SPELLED_COUNT_MIN = BigDecimal.valueOf(20);
    /** "pour cent", "per cent": the "cent" of a percent is no hundred. */
    private static final Pattern PERCENT_WORD_BEFORE = Pattern.compile("(?:pour|per)" + WS + "$", FLAGS);

    /** A number found, with where its text starts and ends (scale, currency or % included). */
    private record Found(int start, int end, BigDecimal number, BigDecimal scale, Set<String> currencies, boolean percent) {
    }

    private record Tail(int end, BigDecimal scale, Set<String> currencies, boolean percent) {
    }

    private NumberMentions() {
    }

    public static List<NumberMention> in(String text) {
        return in(text, null);
    }

    /**
     * @param lang the text's language ("fr", "en"), which settles "1,500" and "billion" as the
     *             extractor reads them; null reads a separator before three digits as grouping
     */
    public static List<NumberMention> in(String text, String lang) {
        if (text == null) {
            return new ArrayList<>();
        }
        List<Found> found = new ArrayList<>();
        Matcher spelled = SPELLED.matcher(text);
        while (spelled.find()) {
            BigDecimal number = SpelledNumbers.read(spelled.group());
            if (number != null) {
                int after = spelled.end() < text.length() && text.charAt(spelled.end()) == '-' ? spelled.end() + 1 : spelled.end();
                Tail tail = tail(text, after, false, lang);
                boolean currencyOnly = tail.scale() == null && !tail.percent() && !tail.currencies().isEmpty();
                if (currencyOnly && number.compareTo(BigDecimal.valueOf(2)) < 0 && after == spelled.end()) {
                    // "un dollar fort" names the currency, as the extractor reads it ("a one-yen bid" is an amount)
                    continue;
                }
                found.add(withCents(text, new Found(spelled.start(), tail.end(), number, tail.scale(), tail.currencies(), tail.percent())));
            }
        }
        Matcher any = SPELLED_ANY.matcher(text);
        while (any.find()) {
            int start = any.start();
            if (found.stream().anyMatch(f -> f.start() <= start && start < f.end())) {
                continue;
            }
            BigDecimal number = SpelledNumbers.read(any.group());
            if (number != null && !PERCENT_WORD_BEFORE.matcher(text.substring(0, start)).find()) {
                Tail tail = tail(text, any.end(), false, lang);
                boolean amount = !tail.currencies().isEmpty() && number.compareTo(BigDecimal.ONE) > 0
                        && text.substring(any.end(), tail.end()).chars().anyMatch(Character::isLetter);
                if (amount || tail.currencies().isEmpty() && number.compareTo(SPELLED_COUNT_MIN) >= 0) {
                    found.add(new Found(start, tail.end(), number, tail.scale(), tail.currencies(), tail.percent()));
                }
            }
        }
        Matcher digits = DIGITS.matcher(text);
        int consumed = 0;
        while (digits.find()) {
            if (digits.start() < consumed || inside(found, digits.start())) {
                continue; // the cents of an amount already read, or a number within a spelled one
            }
            BigDecimal number = Numbers.read(digits.group(), lang);
            if (number == null) {
                continue;
            }
            Matcher scaledBefore = SCALED_CODE_BEFORE.matcher(text);
            scaledBefore.region(Math.max(0, digits.start() - 6), digits.start()).useTransparentBounds(true);
            if (scaledBefore.find()) {
                Currencies.ScaledCode code = Currencies.scaledCode(scaledBefore.group(1));
                found.add(new Found(scaledBefore.start(), digits.end(), number, code.factor(), Set.of(code.code()), false));
                continue;
            }
            Matcher prefix = PREFIX_CURRENCY.matcher(text);
            prefix.region(Math.max(0, digits.start() - 8), digits.start()).useTransparentBounds(true);
            boolean prefixed = prefix.find();
            if (!prefixed && digits.group().matches("\\d{1,2}")
                    && PENCE.matcher(text).region(digits.end(), text.length()).lookingAt()) {
                found.add(new Found(digits.start(), digits.end() + 1, number.movePointLeft(2), null, Set.of("GBP"), false));
                continue;
            }
            Tail tail = tail(text, digits.end(), prefixed, lang);
            Set<String> currencies = prefixed ? currencies(prefix.group(1)) : tail.currencies();
            // the text includes a prefixed currency ("$20 billion"), so a repair prompt quotes the claim whole
            Found f = withCents(text, new Found(prefixed ? prefix.start() : digits.start(), tail.end(), number, tail.scale(),
                    currencies, tail.percent()));
            consumed = f.end();
            found.add(f);
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

    private static boolean inside(List<Found> found, int at) {
        return found.stream().anyMatch(f -> f.start() <= at && at < f.end());
    }

    /** A whole amount with a currency and no scale takes the cents written after it: "$20 and 43c" is 20.43. */
    private static Found withCents(String text, Found f) {
        if (f.currencies().isEmpty() || f.scale() != null || f.percent() || f.number().scale() > 0) {
            return f;
        }
        Matcher c = CENTS.matcher(text).region(f.end(), text.length());
        if (!c.lookingAt()) {
            return f;
        }
        BigDecimal cents = Numbers.read(c.group("n"), null);
        if (cents == null || cents.scale() > 0 || cents.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return f;
        }
        return new Found(f.start(), c.end(), f.number().add(cents.movePointLeft(2)), null, f.currencies(), false);
    }

    /** What follows a number: a scale word, then a currency, or a percent sign. */
    private static Tail tail(String text, int at, boolean prefixed, String lang) {
        Matcher scaledCode = SCALED_CODE_NEXT.matcher(text).region(at, text.length()).useTransparentBounds(true);
        if (!prefixed && scaledCode.lookingAt()) {
            Currencies.ScaledCode code = Currencies.scaledCode(scaledCode.group(1));
            return new Tail(scaledCode.end(), code.factor(), Set.of(code.code()), false);
        }
        BigDecimal scale = null;
        int end = at;
        Matcher s = SCALE.matcher(text).region(at, text.length()).useTransparentBounds(true);
        if (s.lookingAt()) {
            String word = s.group(1);
            // "€20m", "$2.5b", "20 M€", "109 G€": a lone letter other than "k" is a scale only next to a currency
            boolean loneLetter = Scales.kind(word) == Scales.Kind.LETTER && !word.equalsIgnoreCase("k");
            if (!loneLetter || prefixed || SYMBOL_NEXT.matcher(text).region(s.end(), text.length()).lookingAt()) {
                scale = Scales.factor(word, lang);
                end = s.end();
            }
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
                Matcher after = SCALE_AFTER_CURRENCY.matcher(text).region(c.end(), text.length()).useTransparentBounds(true);
                if (scale == null && after.lookingAt()) {
                    return new Tail(after.end(), Scales.factor(after.group(1), lang), currencies(c.group(1)), false);
                }
                return new Tail(c.end(), scale, currencies(c.group(1)), false);
            }
        }
        return new Tail(end, scale, Set.of(), false);
    }

    /** The currencies a written sign or name may mean: "$" alone is any dollar. */
    static Set<String> currencies(String written) {
        return Set.copyOf(Currencies.codes(written));
    }

    /** One representation per value, so that 109E9 and 109000000000.00 compare equal in a set. */
    public static BigDecimal normal(BigDecimal value) {
        return Numbers.normal(value);
    }
}
