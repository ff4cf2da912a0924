package io.veille.extractor.language;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.veille.lexicon.FunctionWords;

/**
 * Tells the language of a text from its {@link FunctionWords} (the words every text of a language
 * is full of, whatever its subject), after the script for non-Latin text. Good for French and English
 * news paragraphs; a few other Latin-script languages are scored too so that a German page is not
 * called French. Too short a text to tell returns the hint. Needs no model: the fallback when
 * memory matters more than accuracy on short or mixed texts ({@link LinguaDetector} is the default).
 */
public final class FunctionWordDetector implements LanguageDetector {

    private static final int MIN_HITS = 4;

    /**
     * @param hint the source's language, used when the text is too short to tell; may be null
     * @return an ISO 639-1 code, the hint, or {@link #UNDETERMINED}
     */
    @Override
    public String detect(String text, String hint) {
        String fallback = hint == null || hint.isBlank() ? UNDETERMINED : hint.strip().toLowerCase(Locale.ROOT);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        String script = nonLatinScript(sample);
        if (script != null) {
            return script;
        }
        FunctionWords.Tally tally = FunctionWords.tally(sample);
        String best = tally.leader();
        int bestHits = tally.leaderHits();
        int second = tally.runnerUpHits();
        // A long text needs a clear lead; a one-line text may be told by two function words if no
        // other language has any.
        boolean clear = bestHits >= MIN_HITS && bestHits * 2 >= second * 3 || bestHits >= 2 && second == 0;
        return clear ? best : fallback;
    }

    /** The language a non-Latin script implies, or null for Latin (or letterless) text. */
    static String nonLatinScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new LinkedHashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 2000; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return null;
        }
        int latin = counts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        if (latin * 2 >= letters) {
            return null;
        }
        if (counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0) > 0) {
            return "ja";
        }
        var top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return switch (top) {
            case HAN -> "zh";
            case HANGUL -> "ko";
            case CYRILLIC -> "ru";
            case ARABIC -> "ar";
            case GREEK -> "el";
            case HEBREW -> "he";
            default -> null;
        };
    }
}
