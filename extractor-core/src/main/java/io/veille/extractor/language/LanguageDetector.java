package io.veille.extractor.language;

/**
 * Tells the language of a text. Implementations agree on the contract: an ISO 639-1 code ("fr",
 * "en"), or the hint when the text is too short or unclear to tell, or {@link #UNDETERMINED}.
 */
public interface LanguageDetector {

    /** ISO 639-2 "undetermined": neither the text nor the hint said. */
    String UNDETERMINED = "und";

    /**
     * @param hint the source's language, used when the text is too short to tell; may be null
     * @return an ISO 639-1 code, the hint, or {@link #UNDETERMINED}
     */
    String detect(String text, String hint);

    /** The hint as a code, or {@link #UNDETERMINED}. */
    static String fallback(String hint) {
        return hint == null || hint.isBlank() ? UNDETERMINED : hint.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
