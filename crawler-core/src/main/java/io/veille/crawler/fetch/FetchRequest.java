package io.veille.crawler.fetch;

import java.net.URI;

/**
 * @param allowPrivate  the source is explicitly trusted to live on a private or loopback address
 * @param etag          validator from the previous fetch, for a conditional GET (nullable)
 * @param lastModified  validator from the previous fetch, for a conditional GET (nullable)
 */
public record FetchRequest(URI url, boolean allowPrivate, String etag, String lastModified) {

    public static FetchRequest of(URI url, boolean allowPrivate) {
        return new FetchRequest(url, allowPrivate, null, null);
    }
}
