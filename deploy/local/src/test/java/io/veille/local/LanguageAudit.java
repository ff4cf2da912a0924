package io.veille.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Whether a digest is wholly in its reader's language: each sentence outside what is marked as
 * quoted in another language ("[fr] …", up to the item's end or its " — " separator) must read as
 * that language to Lingua. Names say nothing of a language, so a sentence is judged by its lower-case
 * words, and one with fewer than three of them ("Sources: demo (fr).") is not judged.
 */
final class LanguageAudit {

    private static final LanguageDetector LINGUA = LanguageDetectorBuilder.fromLanguages(Language.FRENCH, Language.ENGLISH).build();
    private static final Pattern MARKED = Pattern.compile("\\[[a-z]{2}\\][^—]*(?:—|$)");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;]+[.!?;]*");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{Ll}[\\p{L}'’-]*");

    private LanguageAudit() {
    }

    /** The sentences of a text that read as another language than {@code lang}, each with what Lingua made of it. */
    static List<String> offLanguage(String lang, String text) {
        List<String> off = new ArrayList<>();
        if (text == null) {
            return off;
        }
        Language expected = "fr".equals(lang) ? Language.FRENCH : Language.ENGLISH;
        Matcher sentence = SENTENCE.matcher(MARKED.matcher(text).replaceAll(" "));
        while (sentence.find()) {
            List<String> words = new ArrayList<>();
            Matcher w = LOWER_WORD.matcher(sentence.group());
            while (w.find()) {
                words.add(w.group());
            }
            if (words.size() < 3) {
                continue;
            }
            Language read = LINGUA.detectLanguageOf(String.join(" ", words));
            if (read != expected) {
                off.add("[" + lang + " read as " + read.getIsoCode639_1().toString().toLowerCase(Locale.ROOT) + "] " + sentence.group().strip());
            }
        }
        return off;
    }
}
