package io.veille.extractor.assembly;

import java.util.ArrayList;
import java.util.List;

import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;

/**
 * Bounds what one article may weigh on the extracted topic: its text is cut at {@code maxTextChars}
 * (entity mentions and facts past the cut go with it), then at most {@code maxEntities} entities
 * and {@code maxFacts} facts are kept, in the order the extractor found them. The event records
 * what was cut, so that a reader knows the article is partial.
 */
public record ArticleCaps(int maxTextChars, int maxEntities, int maxFacts) {

    public static final ArticleCaps UNLIMITED = new ArticleCaps(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public ArticleCaps {
        if (maxTextChars < 1 || maxEntities < 0 || maxFacts < 0) {
            throw new IllegalArgumentException("caps must be positive: text " + maxTextChars + ", entities " + maxEntities
                    + ", facts " + maxFacts);
        }
    }

    public ExtractedArticle apply(ExtractedArticle a) {
        String text = a.text() == null ? "" : a.text();
        int cut = cutAt(text);
        List<ExtractedArticle.Entity> entities = entitiesBefore(a.entities(), cut);
        List<Fact> facts = a.facts().stream().filter(f -> f.end() <= cut).limit(maxFacts).toList();
        if (entities.size() > maxEntities) {
            entities = entities.subList(0, maxEntities);
        }
        int droppedEntities = a.entities().size() - entities.size();
        int droppedFacts = a.facts().size() - facts.size();
        if (cut == text.length() && droppedEntities == 0 && droppedFacts == 0) {
            return a;
        }
        return new ExtractedArticle(a.schemaVersion(), a.articleId(), a.storyId(), a.url(), a.sourceId(), a.lang(), a.title(),
                a.byline(), a.publishedAt(), text.substring(0, cut), entities, facts,
                new ExtractedArticle.Truncation(text.length(), droppedEntities, droppedFacts), a.copyOf(), a.media());
    }

    /** Never between the two halves of a surrogate pair, so the cut text is still valid UTF-16. */
    private int cutAt(String text) {
        if (text.length() <= maxTextChars) {
            return text.length();
        }
        return Character.isHighSurrogate(text.charAt(maxTextChars - 1)) ? maxTextChars - 1 : maxTextChars;
    }

    /** Entities keep their mentions before the cut; one named only past it is dropped. */
    private static List<ExtractedArticle.Entity> entitiesBefore(List<ExtractedArticle.Entity> entities, int cut) {
        List<ExtractedArticle.Entity> kept = new ArrayList<>();
        for (ExtractedArticle.Entity e : entities) {
            List<ExtractedArticle.Span> mentions = e.mentions().stream().filter(m -> m.end() <= cut).toList();
            if (mentions.size() == e.mentions().size()) {
                kept.add(e);
            } else if (!mentions.isEmpty()) {
                kept.add(new ExtractedArticle.Entity(e.name(), e.type(), e.aliases(), mentions));
            }
        }
        return kept;
    }
}
