package io.veille.crawler.fetch;

import java.net.URI;
import java.time.Duration;

import io.veille.contracts.net.HostPort;

/**
 * @param trusted       the one host and port that may be private for this request (a source's own
 *                      feed origin, when the source allows it), or null; redirects elsewhere are not trusted
 * @param etag          validator from the previous fetch, for a conditional GET (nullable)
 * @param lastModified  validator from the previous fetch, for a conditional GET (nullable)
 * @param hostDelay     the pause this request's source wants between two requests to a host, instead of the
 *                      crawler's default (a site that asked for gentleness); null for the default
 * @param maxBodyBytes  the body cap of this request, 0 for the crawler's default (robots.txt and sitemaps have their own)
 */
public record FetchRequest(URI url, HostPort trusted, String etag, String lastModified, Duration hostDelay, int maxBodyBytes) {

    public FetchRequest(URI url, HostPort trusted, String etag, String lastModified) {
        this(url, trusted, etag, lastModified, null, 0);
    }

    /** A URL trusted no more than any other: public addresses and the global allow-list only. */
    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null, null);
    }

    public static FetchRequest of(URI url, HostPort trusted) {
        return new FetchRequest(url, trusted, null, null);
    }

    public FetchRequest withUrl(URI other) {
        return new FetchRequest(other, trusted, null, null, hostDelay, maxBodyBytes);
    }

    public FetchRequest withValidators(String etagValue, String lastModifiedValue) {
        return new FetchRequest(url, trusted, etagValue, lastModifiedValue, hostDelay, maxBodyBytes);
    }

    public FetchRequest withHostDelay(Duration delay) {
        return new FetchRequest(url, trusted, etag, lastModified, delay, maxBodyBytes);
    }

    public FetchRequest withMaxBodyBytes(int bytes) {
        return new FetchRequest(url, trusted, etag, lastModified, hostDelay, bytes);
    }
}
