package io.veille.summary.digest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.veille.contracts.ExtractedArticle;

/**
 * A digest topic users follow ("ia": IA, intelligence artificielle, AI…): an article is on it when
 * one of its terms appears as a whole word in its title, text or entity names, ignoring case and
 * accents, so "Énergie" matches "energie".
 */
public record Topic(String id, String labelFr, String labelEn, List<String> terms) {

    public Topic {
        terms = List.copyOf(terms);
    }

    public boolean covers(ExtractedArticle article) {
        if (terms.isEmpty()) {
            return false;
        }
        String haystack = fold(String.join(" \n ", nonNull(article.title()), nonNull(article.text()),
                article.entities().stream().map(ExtractedArticle.Entity::name).map(Topic::nonNull).collect(Collectors.joining(" \n "))));
        return pattern().matcher(haystack).find();
    }

    private Pattern pattern() {
        String alternatives = terms.stream().map(Topic::fold).filter(t -> !t.isBlank()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    public String label(String lang) {
        return "fr".equals(lang) ? labelFr : labelEn;
    }

    /** Lower case without accents: the form tags and topic matching compare. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(nonNull(text), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
