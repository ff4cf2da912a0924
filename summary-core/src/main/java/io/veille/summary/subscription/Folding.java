package io.veille.summary.subscription;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.veille.contracts.ExtractedArticle;

/**
 * The one way topics, watches and tags compare text: lower case without accents, whitespace
 * collapsed, terms matched as whole words, so "Énergie" matches "energie" but "epr" not "EPR2".
 */
public final class Folding {

    private Folding() {
    }

    /** Lower case without accents: the form tags and matching compare. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The title, text and entity names of an article, folded once for every topic and watch. */
    public static String searchable(ExtractedArticle article) {
        return fold(String.join(" \n ", nonNull(article.title()), nonNull(article.text()),
                article.entities().stream().map(ExtractedArticle.Entity::name).map(Folding::nonNull)
                        .collect(Collectors.joining(" \n "))));
    }

    /** @return a pattern finding any of the terms as a whole word of a folded text, or null when no term is left */
    public static Pattern anyWholeWord(List<String> terms) {
        String alternatives = terms.stream().map(Folding::fold).filter(t -> !t.isBlank()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** Whether the article names that entity (folded names compared). */
    public static boolean names(ExtractedArticle article, String foldedEntity) {
        return article.entities().stream().anyMatch(e -> fold(e.name()).equals(foldedEntity));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
