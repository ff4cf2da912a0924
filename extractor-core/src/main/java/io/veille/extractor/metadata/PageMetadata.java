package io.veille.extractor.metadata;

import java.time.Instant;

/** What a page says about itself, each field from the first layer that gave a good value; any may be null.
 * The modified date is kept apart: publishedAt stays the original date whenever the page gives one. */
public record PageMetadata(
        String title,
        String byline,
        String siteName,
        String canonicalUrl,
        String lang,
        Instant publishedAt,
        String articleBody,
        String image,
        String section,
        Instant modifiedAt) {
}
