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
public final class Topic {

    private final String id;
    private final String labelFr;
    private final String labelEn;
    private final List<String> terms;
    /** Compiled once: every article is matched against every topic. */
    private final Pattern pattern;

    public Topic(String id, String labelFr, String labelEn, List<String> terms) {
        this.id = id;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.terms = List.copyOf(terms);
        String alternatives = this.terms.stream().map(Topic::fold).filter(t -> !t.isBlank()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    public String id() {
        return id;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    public List<String> terms() {
        return terms;
    }

    public boolean covers(ExtractedArticle article) {
        return matches(searchable(article));
    }

    /** @param searchable an article's {@link #searchable} text, folded once for all topics */
    public boolean matches(String searchable) {
        return pattern != null && pattern.matcher(searchable).find();
    }

    /** The title, text and entity names of an article, folded. */
    public static String searchable(ExtractedArticle article) {
        return fold(String.join(" \n ", nonNull(article.title()), nonNull(article.text()),
                article.entities().stream().map(ExtractedArticle.Entity::name).map(Topic::nonNull).collect(Collectors.joining(" \n "))));
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
