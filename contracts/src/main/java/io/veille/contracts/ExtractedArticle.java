package io.veille.contracts;

import java.time.Instant;
import java.util.List;

/**
 * An article after extraction, as published on {@link Topics#ARTICLES_EXTRACTED} keyed by article id.
 *
 * @param truncation what the extractor's caps cut from this article, or null (absent from the JSON) when nothing
 * @param copyOf     the id of the article this one is a syndicated copy of, or null (absent from the JSON)
 * @param media      what the page's metadata says beyond the title (lead image, section, last modification), or null
 *                   (absent from the JSON) when it says none of it
 */
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
        List<Fact> facts,
        Truncation truncation,
        String copyOf,
        Media media) {

    public static final int SCHEMA_VERSION = 1;
    public static final SupportedVersions SUPPORTED_VERSIONS = new SupportedVersions(1, SCHEMA_VERSION);

    public ExtractedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        facts = facts == null ? List.of() : List.copyOf(facts);
        media = media == null || media.statesNothing() ? null : media;
    }

    /** An article that is no syndicated copy of another (a copy of an event must keep {@link #copyOf}: use the full constructor). */
    public ExtractedArticle(int schemaVersion, String articleId, String storyId, String url, String sourceId, String lang,
            String title, String byline, Instant publishedAt, String text, List<Entity> entities, List<Fact> facts,
            Truncation truncation) {
        this(schemaVersion, articleId, storyId, url, sourceId, lang, title, byline, publishedAt, text, entities, facts,
                truncation, null, null);
    }

    /** The same article, marked as a syndicated copy of {@code originalId} (null: not a copy). */
    public ExtractedArticle asCopyOf(String originalId) {
        return new ExtractedArticle(schemaVersion, articleId, storyId, url, sourceId, lang, title, byline, publishedAt, text,
                entities, facts, truncation, originalId, media);
    }

    /** The same article placed in {@code story} (its id) and marked as a copy of {@code originalId} (null: not a copy). */
    public ExtractedArticle placed(String story, String originalId) {
        return new ExtractedArticle(schemaVersion, articleId, story, url, sourceId, lang, title, byline, publishedAt, text,
                entities, facts, truncation, originalId, media);
    }

    /** The same article with the page's media metadata (null or empty: none). */
    public ExtractedArticle withMedia(Media pageMedia) {
        return new ExtractedArticle(schemaVersion, articleId, storyId, url, sourceId, lang, title, byline, publishedAt, text,
                entities, facts, truncation, copyOf, pageMedia);
    }

    /**
     * What the page's metadata says beyond the title. Only what the page states: nothing is guessed.
     *
     * @param image      the page's lead image URL, or null
     * @param section    the site's section for the article, or null
     * @param modifiedAt when the page says it was last modified, or null (publishedAt stays the original date)
     */
    public record Media(String image, String section, Instant modifiedAt) {

        public static final Media NONE = new Media(null, null, null);

        /** Not a bean property: the event's JSON holds the three fields only. */
        public boolean statesNothing() {
            return image == null && section == null && modifiedAt == null;
        }
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

    /**
     * The caps applied before publishing: the text was cut at its cap (entities and facts beyond
     * the cut dropped with it) and the facts and entities kept were capped in number.
     *
     * @param originalTextChars the length of the text before the cut
     * @param droppedEntities   entities left out (beyond the cut or the cap)
     * @param droppedFacts      facts left out (beyond the cut or the cap)
     */
    public record Truncation(int originalTextChars, int droppedEntities, int droppedFacts) {
    }
}
