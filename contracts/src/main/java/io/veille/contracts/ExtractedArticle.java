package io.veille.contracts;

import java.time.Instant;
import java.util.List;

/** An article after extraction, as published on {@link Topics#ARTICLES_EXTRACTED} keyed by article id. */
public record ExtractedArticle(
        int schemaVersion,
        String articleId,
        String storyId,
        String url,
        String sourceId,
        String lang,
        String title,
        String byline,
        Instant publishedAt,
        String text,
        List<Entity> entities,
        List<Fact> facts) {

    public static final int SCHEMA_VERSION = 1;

    public ExtractedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** A person, organisation or place, with where the article names it. */
    public record Entity(String name, String type, List<String> aliases, List<Span> mentions) {

        public Entity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    /** Offsets into the article text, end exclusive. */
    public record Span(int start, int end) {
    }
}
