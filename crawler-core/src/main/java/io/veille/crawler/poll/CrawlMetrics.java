package io.veille.crawler.poll;

/** What the crawler counts; the adapter exports it (Prometheus). */
public interface CrawlMetrics {

    /** DISALLOWED: robots.txt said no; DEFERRED: the host holds us (Retry-After, back-off, robots.txt 5xx) for a later poll. */
    enum FetchOutcome { OK, NOT_MODIFIED, HTTP_ERROR, REFUSED, DISALLOWED, DEFERRED, FAILED }

    void fetched(FetchOutcome outcome);

    void published(String sourceId);

    void feedError(String sourceId);

    CrawlMetrics NONE = new CrawlMetrics() {
        @Override
        public void fetched(FetchOutcome outcome) {
        }

        @Override
        public void published(String sourceId) {
        }

        @Override
        public void feedError(String sourceId) {
        }
    };
}
