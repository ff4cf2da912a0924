package io.veille.crawler.feed;

import java.time.Instant;

import io.veille.contracts.FeedItem;

/**
 * One item of a feed, sitemap or section page: where the article is (as written there) and what is said about it.
 *
 * @param changed when the source says the article last changed (updated, date_modified, lastmod), else its
 *                publication date; null when it says neither. A later value than the one remembered refetches the page.
 */
public record FeedEntry(String link, FeedItem item, Instant changed) {

    public FeedEntry(String link, FeedItem item) {
        this(link, item, item.published());
    }
}
