package io.veille.contracts;

import java.time.Instant;
import java.util.List;

/** What the feed said about an item, kept beside the page so the extractor can fall back on it. */
public record FeedItem(String title, String summary, Instant published, String author, List<String> categories) {

    public FeedItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
