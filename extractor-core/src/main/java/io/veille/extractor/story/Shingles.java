package io.veille.extractor.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalised words and word shingles. Normalising folds case and accents, so "Élysée" and "elysee"
 * are one word; words are runs of Unicode letters and digits, so Cyrillic and accented Latin text
 * split as expected (CJK text, without spaces, gives long "words": near-duplicates still match).
 */
public final class Shingles {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Shingles() {
    }

    /** Lower case without diacritics: the form names and words are compared in. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Overlapping runs of {@code size} words; a text shorter than that is one shingle. */
    public static List<String> of(String text, int size) {
        List<String> words = words(text);
        List<String> shingles = new ArrayList<>();
        if (words.isEmpty()) {
            return shingles;
        }
        if (words.size() < size) {
            shingles.add(String.join(" ", words));
            return shingles;
        }
        for (int i = 0; i + size <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + size)));
        }
        return shingles;
    }
}
