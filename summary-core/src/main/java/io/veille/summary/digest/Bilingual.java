package io.veille.summary.digest;

import java.util.List;

/** The French and the English text of one digest, written from the same facts. */
public record Bilingual(DigestText fr, DigestText en) {

    public static final List<String> LANGUAGES = List.of("fr", "en");

    public DigestText in(String lang) {
        return switch (lang) {
            case "fr" -> fr;
            case "en" -> en;
            default -> throw new IllegalArgumentException("unsupported digest language " + lang);
        };
    }
}
