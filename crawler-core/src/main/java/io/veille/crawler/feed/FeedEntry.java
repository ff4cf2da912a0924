package io.veille.crawler.feed;

import io.veille.contracts.FeedItem;

/** One item of a feed: where the article is (as written in the feed) and what the feed says about it. */
public record FeedEntry(String link, FeedItem item) {
}
