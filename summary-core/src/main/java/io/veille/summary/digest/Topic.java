package io.veille.summary.digest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.veille.contracts.ExtractedArticle;
import io.veille.summary.subscription.Folding;
import io.veille.summary.subscription.Limits;
import io.veille.summary.subscription.Slugs;

/**
 * A digest topic users follow ("ia": IA, intelligence artificielle, AI…): an article is on it when
 * one of its terms appears as a whole word in its title, text or entity names, or when it names one
 * of its entities, ignoring case and accents, so "Énergie" matches "energie"; a topic with sources
 * or languages takes only articles from those sources and in those languages.
 */
public final class Topic {

    private final String id;
    private final String labelFr;
    private final String labelEn;
    private final List<String> terms;
    private final List<String> entities;
    private final List<String> sources;
    private final List<String> languages;
    /** Compiled once: every article is matched against every topic. */
    private final Pattern pattern;
    private final Set<String> foldedEntities;

    public Topic(String id, String labelFr, String labelEn, List<String> terms) {
        this(id, labelFr, labelEn, terms, List.of(), List.of(), List.of());
    }

    public Topic(String id, String labelFr, String labelEn, List<String> terms, List<String> entities, List<String> sources,
            List<String> languages) {
        this.id = id;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.terms = List.copyOf(terms);
        this.entities = List.copyOf(entities);
        this.sources = List.copyOf(sources);
        this.languages = List.copyOf(languages);
        this.pattern = Folding.anyWholeWord(this.terms);
        this.foldedEntities = this.entities.stream().map(Folding::fold).filter(e -> !e.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * A topic a subscriber defines: a slug id, at least one term or entity, fr/en languages,
     * bounded lists; a missing label is the id.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Topic define(String id, String labelFr, String labelEn, List<String> terms, List<String> entities,
            List<String> sources, List<String> languages) {
        Slugs.require(id);
        List<String> t = Limits.list("terms", terms);
        List<String> e = Limits.list("entities", entities);
        if (t.isEmpty() && e.isEmpty()) {
            throw new IllegalArgumentException("topic '" + id + "' needs at least one term or entity");
        }
        List<String> l = Limits.list("languages", languages);
        l.forEach(lang -> Limits.language("languages", lang));
        String fr = Limits.optional("labelFr", labelFr);
        String en = Limits.optional("labelEn", labelEn);
        return new Topic(id, fr == null ? id : fr, en == null ? id : en, t, e, Limits.list("sources", sources), l);
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

    public List<String> entities() {
        return entities;
    }

    public List<String> sources() {
        return sources;
    }

    public List<String> languages() {
        return languages;
    }

    public boolean covers(ExtractedArticle article) {
        return covers(article, searchable(article));
    }

    /** @param searchable the article's {@link #searchable} text, folded once for all topics */
    public boolean covers(ExtractedArticle article, String searchable) {
        if (!sources.isEmpty() && !sources.contains(article.sourceId())) {
            return false;
        }
        if (!languages.isEmpty() && !languages.contains(article.lang())) {
            return false;
        }
        return matches(searchable)
                || !foldedEntities.isEmpty() && article.entities().stream().anyMatch(e -> foldedEntities.contains(fold(e.name())));
    }

    /** Whether one of the terms appears; entities, sources and languages are checked by {@link #covers}. */
    public boolean matches(String searchable) {
        return pattern != null && pattern.matcher(searchable).find();
    }

    /** The title, text and entity names of an article, folded. */
    public static String searchable(ExtractedArticle article) {
        return Folding.searchable(article);
    }

    /** Lower case without accents: the form tags and topic matching compare. */
    public static String fold(String text) {
        return Folding.fold(text);
    }
}
