package io.veille.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A digest in one language, as published on {@code news.digests.<lang>} keyed by digest id. Each new
 * version of a digest is published again with the same id and a higher version.
 *
 * @param subjectId the article id (ARTICLE), story id (STORY) or window label (PERIOD) summarised
 * @param status    how the text was checked: VERIFIED, REPAIRED or FALLBACK (extractive replacement)
 */
public record Digest(
        int schemaVersion,
        String id,
        Kind kind,
        String subjectId,
        String lang,
        String title,
        List<Item> items,
        String provider,
        String model,
        String status,
        Instant createdAt,
        int version) {

    public static final int SCHEMA_VERSION = 1;

    public Digest {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public enum Kind { ARTICLE, STORY, PERIOD }

    /** One statement of the digest and what supports it. */
    public record Item(String text, List<Citation> citations, List<String> factsUsed) {

        public Item {
            citations = citations == null ? List.of() : List.copyOf(citations);
            factsUsed = factsUsed == null ? List.of() : List.copyOf(factsUsed);
        }
    }

    public record Citation(String articleId, String url, String sourceId) {
    }
}
