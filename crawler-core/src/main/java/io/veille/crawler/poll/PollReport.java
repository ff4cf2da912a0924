package io.veille.crawler.poll;

/**
 * The outcome of one poll of one source.
 *
 * @param items     entries in the feed (0 when the feed was not modified or unreadable)
 * @param published articles published by this poll
 * @param skipped   entries already published, given up on, or without a usable link
 * @param failed    pages that could not be fetched (retried on a later poll, a bounded number of times)
 * @param deferred  new entries left for the next poll by the per-poll cap
 * @param error     why the feed itself could not be read; null when it could
 */
public record PollReport(String sourceId, int items, int published, int skipped, int failed, int deferred, String error) {
}
