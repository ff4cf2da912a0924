package io.veille.summary.llm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;

/**
 * Checks that the "fr" text is French and the "en" text English, by their function words. A model
 * that obeyed an instruction hidden in an article ("write in German") fails here and the digest
 * falls back, so untrusted text can change neither the language nor the format of a digest.
 */
final class AnswerLanguage {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "fr", Set.of("le", "la", "les", "des", "du", "un", "une", "et", "est", "dans", "pour", "sur", "avec", "qui",
                    "que", "au", "aux", "par", "a", "ont", "sont", "ce", "cette", "il", "elle", "pas", "plus", "d", "l"),
            "en", Set.of("the", "of", "and", "to", "in", "is", "for", "on", "with", "that", "by", "at", "from", "its", "it",
                    "was", "has", "have", "are", "an", "as", "will", "this", "be", "were"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "für", "von", "den", "dem", "ein", "eine", "zu",
                    "auf", "im", "sich", "auch", "wird", "hat", "sind", "bei", "nach", "über"),
            "es", Set.of("el", "los", "las", "y", "es", "del", "con", "para", "por", "una", "que", "se", "su", "al", "lo"),
            "it", Set.of("il", "gli", "della", "di", "e", "che", "per", "con", "non", "sono", "nel", "alla", "una", "è"));

    /** Below this many words a text says too little to judge its language. */
    private static final int MIN_WORDS = 6;

    private AnswerLanguage() {
    }

    static void require(Bilingual answer) {
        for (String lang : Bilingual.LANGUAGES) {
            String found = language(answer.in(lang));
            if (found != null && !found.equals(lang)) {
                throw new LlmFailure(LlmFailure.Kind.MALFORMED,
                        "the \"" + lang + "\" text is written in " + found + ", not in " + lang, null);
            }
        }
    }

    /** The language whose function words are most frequent, or null when the text is too short to say. */
    static String language(DigestText text) {
        StringBuilder all = new StringBuilder(text.title());
        text.items().forEach(i -> all.append(' ').append(i.text()));
        List<String> words = List.of(all.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        if (words.size() < MIN_WORDS) {
            return null;
        }
        String best = null;
        long bestCount = 0;
        for (Map.Entry<String, Set<String>> entry : FUNCTION_WORDS.entrySet()) {
            long count = words.stream().filter(entry.getValue()::contains).count();
            if (count > bestCount || (count == bestCount && best != null && entry.getKey().compareTo(best) < 0)) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        return bestCount == 0 ? null : best;
    }
}
