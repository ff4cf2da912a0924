package io.veille.crawler.source;

import java.net.URI;
import java.time.Duration;

/**
 * A feed the crawler follows.
 *
 * @param language     the language the source writes in ("fr", "en"), a hint for the extractor; may be null
 * @param allowPrivate the feed's own host and port are trusted although private or loopback (a local test site, an
 *                     intranet); its pages on that host and port too, a redirect anywhere else is not
 */
public record Source(String id, URI feed, String language, Duration pollInterval, boolean allowPrivate) {
}
