package io.veille.summary.llm;

import io.veille.lexicon.FunctionWords;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;

/**
 * Checks that the "fr" text is French and the "en" text English, by their {@link FunctionWords}.
 * A model that obeyed an instruction hidden in an article ("write in German") fails here and the
 * digest falls back, so untrusted text can change neither the language nor the format of a digest.
 */
final class AnswerLanguage {

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
        FunctionWords.Tally tally = FunctionWords.tally(all);
        return tally.words() < MIN_WORDS ? null : tally.leader();
    }
}
