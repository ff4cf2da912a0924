package io.veille.extractor.extraction;

import java.time.Instant;
import java.util.List;

import io.veille.extractor.entity.Entity;
import io.veille.contracts.Fact;

/**
 * What the extractor made of a page. Fact and entity offsets point into {@link #text()}.
 *
 * @param lang       ISO 639-1 code of the text's language ("fr", "en", ...)
 * @param image      the page's lead image URL (og:image, JSON-LD image), or null
 * @param section    the site's section for the article ("Économie", "Tech"), or null
 * @param modifiedAt when the page says it was last modified, or null; publishedAt stays the original date
 */
public record Extraction(
        String title,
        String byline,
        String siteName,
        String canonicalUrl,
        String lang,
        Instant publishedAt,
        String text,
        List<Entity> entities,
        List<Fact> facts,
        String image,
        String section,
        Instant modifiedAt) {

    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** An extraction of plain text, which has no image, section or modified date. */
    public Extraction(String title, String byline, String siteName, String canonicalUrl, String lang, Instant publishedAt,
            String text, List<Entity> entities, List<Fact> facts) {
        this(title, byline, siteName, canonicalUrl, lang, publishedAt, text, entities, facts, null, null, null);
    }
}
