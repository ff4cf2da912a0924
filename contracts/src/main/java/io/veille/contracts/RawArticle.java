package io.veille.contracts;

import java.time.Instant;

/**
 * A fetched article page, as published on {@link Topics#ARTICLES_RAW} keyed by {@link #key()}.
 *
 * @param html the page, cut at the crawler's size cap ({@code truncated} says so)
 */
public record RawArticle(
        int schemaVersion,
        String url,
        String canonicalUrl,
        String sourceId,
        String languageHint,
        FeedItem feedItem,
        Instant fetchedAt,
        int status,
        String contentType,
        String charset,
        String html,
        boolean truncated) {

    public static final int SCHEMA_VERSION = 1;
    public static final SupportedVersions SUPPORTED_VERSIONS = new SupportedVersions(1, SCHEMA_VERSION);

    /** The record key: a hash of the canonical URL, so every fetch of one article lands on one partition. */
    public String key() {
        return UrlHash.of(canonicalUrl == null ? url : canonicalUrl);
    }
}
