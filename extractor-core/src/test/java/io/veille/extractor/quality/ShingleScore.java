package io.veille.extractor.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body overlap on 4-gram shingles, the golden set's measure: both texts become bags of shingles, and
 * precision is the share of the extracted shingles that the expected body also has (counted with
 * multiplicity, so a paragraph extracted twice costs precision), recall the share of the expected ones
 * that were extracted.
 *
 * <p>Tokens are Unicode {@code \w+} runs, lower-cased. Japanese and Chinese do not put spaces between
 * words, so there a {@code \w+} run is a whole clause and one changed character would lose every
 * shingle around it: when the expected text is CJK (at least 30 % of its letters are Han, Hiragana,
 * Katakana or Hangul) both sides are scored on 4-grams of characters instead, every non-space
 * character counting. The mode follows the expected text, so an extractor cannot change the rule by
 * what it returns.
 *
 * <p>Texts shorter than four tokens count as one shingle. An empty extraction has precision 0
 * (it claims nothing right), not an undefined one that averaging would skip.
 */
public final class ShingleScore {

    static final int N = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final double CJK_SHARE = 0.30;

    public record Score(double precision, double recall) {
        public double f1() {
            return f1(precision, recall);
        }

        public static double f1(double precision, double recall) {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /**
     * One page under the article-extraction-benchmark's rule: shingle tp, fp and fn, each divided by
     * their sum so that a long article weighs no more than a short one.
     */
    public record Matching(double tp, double fp, double fn) {
        /** The benchmark's precision: 1 when nothing was expected and nothing extracted. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        /** Pages with an empty extraction are left out of the precision average. */
        public boolean predicted() {
            return tp + fp > 0;
        }

        /** Pages with an empty truth are left out of the recall average. */
        public boolean expected() {
            return tp + fn > 0;
        }
    }

    private ShingleScore() {
    }

    /**
     * The article-extraction-benchmark's body measure (scrapinghub, evaluate.py), as the real-page
     * corpus README states it: lower-cased {@code \w+} tokens with Python's meaning of a word
     * character (letters, digits, numerals and the underscore; combining marks split words), bags of
     * 4-token shingles (a text of fewer tokens is one shingle), and no CJK special case.
     */
    public static Matching benchmark(String truth, String prediction) {
        Map<String, Integer> want = shingles(pythonWords(truth));
        Map<String, Integer> got = shingles(pythonWords(prediction));
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            int w = want.getOrDefault(e.getKey(), 0);
            tp += Math.min(w, e.getValue());
            fp += Math.max(0, e.getValue() - w);
        }
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new Matching(0, 0, 0) : new Matching(tp / sum, fp / sum, fn / sum);
    }

    /** The benchmark's shingles of a text, for reports that show where a page lost its points. */
    static Map<String, Integer> benchmarkShingles(String text) {
        return shingles(pythonWords(text));
    }

    /** Runs of Python {@code \w} characters (str.isalnum or underscore), lower-cased. */
    static List<String> pythonWords(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isPythonWordChar(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isPythonWordChar(int c) {
        if (c == '_' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    public static Score score(String expected, String extracted) {
        boolean cjk = isCjk(expected);
        Map<String, Integer> want = shingles(units(expected, cjk));
        Map<String, Integer> got = shingles(units(extracted == null ? "" : extracted, cjk));
        int common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        int gotTotal = total(got);
        int wantTotal = total(want);
        double precision = gotTotal == 0 ? 0 : (double) common / gotTotal;
        double recall = wantTotal == 0 ? (gotTotal == 0 ? 1 : 0) : (double) common / wantTotal;
        return new Score(precision, recall);
    }

    /** The tokens a text is cut into: words, or for CJK text its non-space characters. */
    static List<String> units(String text, boolean cjk) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> units = new ArrayList<>();
        if (cjk) {
            lower.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .forEach(c -> units.add(new String(Character.toChars(c))));
        } else {
            Matcher m = WORD.matcher(lower);
            while (m.find()) {
                units.add(m.group());
            }
        }
        return units;
    }

    static boolean isCjk(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long cjk = text.codePoints().filter(ShingleScore::isCjkLetter).count();
        return letters > 0 && cjk >= CJK_SHARE * letters;
    }

    private static boolean isCjkLetter(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    private static Map<String, Integer> shingles(List<String> units) {
        Map<String, Integer> bag = new HashMap<>();
        if (units.isEmpty()) {
            return bag;
        }
        if (units.size() < N) {
            bag.put(String.join(" ", units), 1);
            return bag;
        }
        for (int i = 0; i + N <= units.size(); i++) {
            bag.merge(String.join(" ", units.subList(i, i + N)), 1, Integer::sum);
        }
        return bag;
    }

    private static int total(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }
}
