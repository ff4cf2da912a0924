package io.veille.extractor.extraction;

import java.time.Instant;
import java.util.List;

import io.veille.extractor.entity.Entity;
import io.veille.extractor.fact.Fact;

/**
 * What the extractor made of a page. Fact and entity offsets point into {@link #text()}.
 *
 * @param lang ISO 639-1 code of the text's language ("fr", "en", ...)
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
        List<Fact> facts) {

    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
