package io.veille.extractor.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells the language of a text with Lingua's n-gram models, among a configured set of languages
 * (a smaller set is both more accurate and lighter). Built once; Lingua loads each language's
 * models on first use. Low-accuracy mode (trigrams only) is the default: it needs a fraction of
 * the heap of the full models and is as good on paragraphs, which is what the extractor feeds it.
 *
 * <p>Same contract as {@link FunctionWordDetector}: a text of fewer than {@value #MIN_WORDS} words
 * (or {@value #MIN_IDEOGRAPHS} CJK characters) is too short to tell, and so is a text Lingua cannot
 * separate between two languages; both return the hint. Trigram models are unreliable on one
 * sentence (Lingua documents them for texts over about {@value #SHORT_CHARS} characters): on a
 * shorter text, a language within {@value #SHORT_MARGIN} of the top confidence is preferred when
 * the hint names it, then when the function words name it. Thread-safe.
 */
public final class LinguaDetector implements LanguageDetector {

    /** French, English, German, Spanish, Italian, Portuguese, Dutch, Russian, Chinese, Japanese. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("fr", "en", "de", "es", "it", "pt", "nl", "ru", "zh", "ja");

    static final int MIN_WORDS = 3;
    static final int MIN_IDEOGRAPHS = 4;
    private static final int SAMPLE_CHARS = 3_000;
    private static final double MIN_LEAD = 0.05;
    static final int SHORT_CHARS = 120;
    static final double SHORT_MARGIN = 0.15;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final java.util.Set<String> codes;
    private final FunctionWordDetector functionWords = new FunctionWordDetector();

    /** The default languages, low-accuracy models. */
    public LinguaDetector() {
        this(DEFAULT_LANGUAGES, true);
    }

    /**
     * @param languages   ISO 639-1 codes of the languages to tell apart (at least two)
     * @param lowAccuracy trigram models only: far less heap, slightly worse on one-line texts
     * @throws IllegalArgumentException for a code Lingua does not know
     */
    public LinguaDetector(List<String> languages, boolean lowAccuracy) {
        List<IsoCode639_1> isoCodes = new ArrayList<>();
        for (String code : languages) {
            try {
                isoCodes.add(IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("Lingua does not know the language '" + code + "'", unknown);
            }
        }
        if (isoCodes.size() < 2) {
            throw new IllegalArgumentException("at least two languages are needed to tell them apart, got " + languages);
        }
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(isoCodes.toArray(IsoCode639_1[]::new));
        this.lingua = (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
        this.codes = java.util.Set.copyOf(isoCodes.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public String detect(String text, String hint) {
        String fallback = LanguageDetector.fallback(hint);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String script = FunctionWordDetector.nonLatinScript(sample);
        if (script != null && !codes.contains(script)) {
            // Korean or Arabic text with a set that lacks them: the script says more than Lingua could.
            return script;
        }
        if (tooShort(sample)) {
            return fallback;
        }
        Map<Language, Double> confidences = lingua.computeLanguageConfidenceValues(sample);
        Language best = null;
        double top = 0;
        double second = 0;
        for (var e : confidences.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || best == Language.UNKNOWN) {
            return fallback;
        }
        if (sample.strip().length() < SHORT_CHARS) {
            for (String preferred : new String[] {fallback, functionWords.detect(sample, null)}) {
                Double c = confidence(confidences, preferred);
                if (c != null && c >= top - SHORT_MARGIN) {
                    return preferred;
                }
            }
        }
        if (top - second < MIN_LEAD) {
            return fallback;
        }
        return code(best);
    }

    private static Double confidence(Map<Language, Double> confidences, String code) {
        for (var e : confidences.entrySet()) {
            if (code(e.getKey()).equals(code)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private static boolean tooShort(String text) {
        int ideographs = 0;
        int words = 0;
        for (int i = 0; i < text.length() && ideographs < MIN_IDEOGRAPHS; i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                ideographs++;
            }
        }
        if (ideographs >= MIN_IDEOGRAPHS) {
            return false;
        }
        Matcher m = WORD.matcher(text);
        while (words < MIN_WORDS && m.find()) {
            words++;
        }
        return words < MIN_WORDS;
    }
}
