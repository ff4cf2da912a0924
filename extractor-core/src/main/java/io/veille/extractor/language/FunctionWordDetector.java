package io.veille.extractor.language;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language of a text from its function words (the words every text of a language is
 * full of, whatever its subject), after the script for non-Latin text. Good for French and English
 * news paragraphs; a few other Latin-script languages are scored too so that a German page is not
 * called French. Too short a text to tell returns the hint. Needs no model: the fallback when
 * memory matters more than accuracy on short or mixed texts ({@link LinguaDetector} is the default).
 */
public final class FunctionWordDetector implements LanguageDetector {

    private static final int MIN_HITS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    private static final Map<String, Set<String>> FUNCTION_WORDS = functionWords();

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
        Map<String, Integer> hits = new LinkedHashMap<>();
        FUNCTION_WORDS.keySet().forEach(l -> hits.put(l, 0));
        Matcher m = WORD.matcher(sample);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            int apostrophe = w.indexOf('\'');
            if (apostrophe > 0) {
                // "l'intelligence", "d'euros": the elided article is the French signal.
                w = w.substring(0, apostrophe + 1);
            }
            for (var e : FUNCTION_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (var e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
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

    private static Map<String, Set<String>> functionWords() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("fr", Set.of("le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "en", "que", "qui", "dans",
                "pour", "pas", "sur", "au", "aux", "avec", "ce", "cette", "ces", "il", "elle", "nous", "vous", "sont",
                "été", "par", "plus", "ne", "se", "son", "sa", "ses", "leur", "mais", "ou", "où", "l'", "d'", "qu'",
                "n'", "s'", "c'", "j'", "a", "à", "être", "fait", "comme", "aussi", "très", "entre"));
        m.put("en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be",
                "by", "at", "this", "are", "from", "have", "has", "an", "not", "which", "or", "but", "will", "their",
                "its", "were", "been", "would", "they", "he", "she", "we", "said", "more", "than", "also", "into"));
        m.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "auf", "für", "sich",
                "dem", "ein", "eine", "auch", "werden", "wird", "sind", "im", "bei", "nach", "über", "wie", "oder"));
        m.put("es", Set.of("el", "los", "las", "del", "y", "que", "por", "con", "para", "una", "es", "lo", "como", "más",
                "pero", "sus", "su", "al", "fue", "este", "esta", "ha", "han", "también", "entre", "sobre"));
        m.put("it", Set.of("il", "di", "che", "è", "della", "per", "con", "non", "una", "gli", "del", "delle", "nel",
                "alla", "sono", "anche", "più", "dei", "questo", "come", "ma", "ha", "lo", "nella"));
        m.put("pt", Set.of("o", "os", "da", "do", "das", "dos", "não", "com", "uma", "para", "por", "mais", "como", "ao",
                "foi", "pelo", "pela", "são", "também", "seu", "sua", "em", "que", "mas"));
        m.put("nl", Set.of("het", "een", "van", "en", "is", "niet", "met", "op", "zijn", "voor", "dat", "die", "te",
                "ook", "aan", "worden", "wordt", "bij", "naar", "maar", "uit", "deze", "heeft"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
