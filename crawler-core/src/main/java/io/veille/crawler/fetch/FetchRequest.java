package io.veille.crawler.fetch;

import java.net.URI;

/**
 * @param trusted       the one host and port that may be private for this request (a source's own
 *                      feed origin, when the source allows it), or null; redirects elsewhere are not trusted
 * @param etag          validator from the previous fetch, for a conditional GET (nullable)
 * @param lastModified  validator from the previous fetch, for a conditional GET (nullable)
 */
public record FetchRequest(URI url, HostPort trusted, String etag, String lastModified) {

    /** A URL trusted no more than any other: public addresses and the global allow-list only. */
    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null, null);
    }

    public static FetchRequest of(URI url, HostPort trusted) {
        return new FetchRequest(url, trusted, null, null);
    }
}
