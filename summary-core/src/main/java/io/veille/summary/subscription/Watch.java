package io.veille.summary.subscription;

import java.util.List;

import io.veille.contracts.ExtractedArticle;

/**
 * A saved search a subscriber follows: a query, optionally narrowed to an entity, a source and an
 * article language. ARTICLE digests match it when minStorySize is at most 1; a STORY digest when
 * the story has at least minStorySize articles and one of them matches.
 *
 * @param entity a person, organisation or place the article must name (folded), or null
 * @param source a source id the article must come from, or null
 * @param lang   fr or en, the article's language, or null
 */
public record Watch(String id, String label, WatchQuery query, String entity, String source, String lang, int minStorySize) {

    public Watch {
        Slugs.require(id);
        label = Limits.optional("label", label);
        label = label == null ? id : label;
        if (query == null) {
            query = WatchQuery.parse("");
        }
        entity = Limits.optional("entity", entity);
        source = Limits.optional("source", source);
        lang = Limits.optional("lang", lang);
        if (lang != null) {
            Limits.language("lang", lang);
        }
        if (!query.hasRequiredTerm() && entity == null) {
            throw new IllegalArgumentException("a watch needs a query with a word or \"phrase\" to find, or an entity");
        }
        if (minStorySize < 1 || minStorySize > Limits.MAX_STORY_SIZE) {
            throw new IllegalArgumentException("minStorySize is " + minStorySize + "; between 1 and " + Limits.MAX_STORY_SIZE);
        }
    }

    /** @throws IllegalArgumentException naming what is wrong (the query's parse error included) */
    public static Watch of(String id, String label, String query, String entity, String source, String lang, Integer minStorySize) {
        return new Watch(id, label, WatchQuery.parse(query), entity, source, lang, minStorySize == null ? 1 : minStorySize);
    }

    /** An ARTICLE digest's article. */
    public boolean matchesArticle(ExtractedArticle article) {
        return matches(List.of(article), List.of(Folding.searchable(article)), false);
    }

    /** A STORY digest's articles. */
    public boolean matchesStory(List<ExtractedArticle> articles) {
        return matches(articles, articles.stream().map(Folding::searchable).toList(), true);
    }

    /**
     * @param searchables each article's {@link Folding#searchable} text, folded once for every watch
     * @param story       a STORY digest's articles, else an ARTICLE digest's one article
     */
    public boolean matches(List<ExtractedArticle> articles, List<String> searchables, boolean story) {
        if (story ? articles.size() < minStorySize : minStorySize > 1) {
            return false;
        }
        for (int i = 0; i < articles.size(); i++) {
            if (matches(articles.get(i), searchables.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** @param searchable the article's {@link Folding#searchable} text, folded once for every watch */
    public boolean matches(ExtractedArticle article, String searchable) {
        return (source == null || source.equals(article.sourceId()))
                && (lang == null || lang.equals(article.lang()))
                && (entity == null || Folding.names(article, Folding.fold(entity)))
                && query.matches(searchable);
    }
}
