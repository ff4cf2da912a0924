package io.veille.summary.digest;

import java.util.Locale;

import io.veille.lexicon.KnownNames;

/**
 * A name as the reader's language writes it: a known place or organisation by its name in that
 * language (the lexicon's {@link KnownNames}: "Union européenne" is "European Union" in English,
 * "États-Unis" is "United States"), any other name as its article wrote it, since people's and
 * companies' names are not translated.
 */
final class NamesInLanguage {

    private NamesInLanguage() {
    }

    static String of(String name, String lang) {
        if (name == null) {
            return null;
        }
        return KnownNames.lookup(name).map(k -> k.name(lang)).filter(n -> n != null && !n.isBlank()).orElse(name);
    }

    /** "The European Union announced…": English gives a known organisation, or a plural place, its article. */
    static String englishSubject(String name) {
        return KnownNames.lookup(name).map(k -> {
            String en = k.name("en");
            boolean article = k.kind() == KnownNames.Kind.ORGANISATION && !en.equals(en.toUpperCase(Locale.ROOT))
                    || en.startsWith("United ") || en.endsWith("lands") || en.endsWith("ines");
            return article ? "The " + en : en;
        }).orElse(name);
    }
}
