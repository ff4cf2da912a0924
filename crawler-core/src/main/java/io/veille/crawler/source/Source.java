package io.veille.crawler.source;

import java.net.URI;
import java.time.Duration;

/**
 * A site the crawler follows.
 *
 * @param feed         the document polled: a feed, a sitemap or a section page, as {@code kind} says
 * @param language     the language the source writes in ("fr", "en"), a hint for the extractor; may be null
 * @param allowPrivate the feed's own host and port are trusted although private or loopback (a local test site, an
 *                     intranet); its pages on that host and port too, a redirect anywhere else is not
 * @param hostDelay    the pause between two requests to this source's hosts instead of the crawler's default; null for it
 * @param paused       kept, but not polled
 */
public record Source(String id, URI feed, String language, Duration pollInterval, boolean allowPrivate, SourceKind kind,
                     Discovery discovery, Duration hostDelay, boolean paused) {

    public Source(String id, URI feed, String language, Duration pollInterval, boolean allowPrivate) {
        this(id, feed, language, pollInterval, allowPrivate, SourceKind.FEED, Discovery.DEFAULT, null, false);
    }

    public Source withPaused(boolean value) {
        return new Source(id, feed, language, pollInterval, allowPrivate, kind, discovery, hostDelay, value);
    }
}
