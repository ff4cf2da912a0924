package io.veille.crawler.poll;

import java.time.Instant;

/**
 * A source's polling memory: validators for conditional GETs, the last error, running totals, and the new
 * articles of the last poll.
 */
public record SourceState(
        String sourceId,
        Instant lastPolled,
        String etag,
        String lastModified,
        String lastError,
        int consecutiveFailures,
        long publishedCount,
        long failedCount,
        long feedErrorCount,
        int lastNewArticles) {

    public SourceState(String sourceId, Instant lastPolled, String etag, String lastModified, String lastError,
                       int consecutiveFailures, long publishedCount, long failedCount, long feedErrorCount) {
        this(sourceId, lastPolled, etag, lastModified, lastError, consecutiveFailures, publishedCount, failedCount,
                feedErrorCount, 0);
    }

    public static SourceState empty(String sourceId) {
        return new SourceState(sourceId, null, null, null, null, 0, 0, 0, 0, 0);
    }

    public SourceState succeeded(Instant at, String etag, String lastModified, int published, int failed) {
        return new SourceState(sourceId, at, etag, lastModified, null, 0,
                publishedCount + published, failedCount + failed, feedErrorCount, published);
    }

    public SourceState failed(Instant at, String error, int published, int failed) {
        return new SourceState(sourceId, at, etag, lastModified, error, consecutiveFailures + 1,
                publishedCount + published, failedCount + failed, feedErrorCount + 1, published);
    }
}
