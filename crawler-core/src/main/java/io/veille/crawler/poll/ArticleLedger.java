package io.veille.crawler.poll;

import java.time.Instant;
import java.util.Optional;

/** What the crawler remembers about each article URL, so that an article is published once, across restarts. */
public interface ArticleLedger {

    /**
     * @param published   when the raw article was acknowledged by Kafka; null while it has not been
     * @param lastStatus  the last HTTP status of the page, 0 when no answer came
     * @param attempts    fetches that failed so far
     * @param changed     when the source last said the article changed, as remembered (nullable)
     * @param etag        the page's validators from its last fetch, for a conditional GET (nullable)
     */
    record Entry(String urlHash, Instant published, int lastStatus, int attempts, Instant changed, String etag,
                 String lastModified) {
        public Entry(String urlHash, Instant published, int lastStatus, int attempts) {
            this(urlHash, published, lastStatus, attempts, null, null, null);
        }

        public boolean isPublished() {
            return published != null;
        }
    }

    /** What one published fetch of a page was. */
    record Published(String canonicalUrl, String sourceId, Instant itemDate, Instant changed, int status, String etag,
                     String lastModified) {
    }

    Optional<Entry> find(String urlHash);

    /** Called only after the broker acknowledged the record, so a crash before it means a republish, never a loss. */
    void markPublished(String urlHash, Published page, Instant now);

    /** The source said the page changed, the site answered 304: remember the new date, publish nothing. */
    void markUnchanged(String urlHash, Instant changed, Instant now);

    void recordFailure(String urlHash, String canonicalUrl, String sourceId, int status, String error, boolean permanent, Instant now);
}
