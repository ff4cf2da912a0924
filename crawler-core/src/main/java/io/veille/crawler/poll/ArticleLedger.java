package io.veille.crawler.poll;

import java.time.Instant;
import java.util.Optional;

/** What the crawler remembers about each article URL, so that an article is published once, across restarts. */
public interface ArticleLedger {

    /**
     * @param published   when the raw article was acknowledged by Kafka; null while it has not been
     * @param lastStatus  the last HTTP status of the page, 0 when no answer came
     * @param attempts    fetches that failed so far
     */
    record Entry(String urlHash, Instant published, int lastStatus, int attempts) {
        public boolean isPublished() {
            return published != null;
        }
    }

    Optional<Entry> find(String urlHash);

    /** Called only after the broker acknowledged the record, so a crash before it means a republish, never a loss. */
    void markPublished(String urlHash, String canonicalUrl, String sourceId, Instant itemDate, int status, Instant now);

    void recordFailure(String urlHash, String canonicalUrl, String sourceId, int status, String error, boolean permanent, Instant now);
}
