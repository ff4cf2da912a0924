package io.veille.crawler.source;

import java.net.URI;
import java.time.Duration;

/**
 * A feed the crawler follows.
 *
 * @param language     the language the source writes in ("fr", "en"), a hint for the extractor; may be null
 * @param allowPrivate the feed is trusted to live on a private or loopback address (a local test site, an intranet)
 */
public record Source(String id, URI feed, String language, Duration pollInterval, boolean allowPrivate) {
}
