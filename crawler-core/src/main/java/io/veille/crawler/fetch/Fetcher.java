package io.veille.crawler.fetch;

/** Fetches one URL, following redirects; the poller sees the web only through this. */
@FunctionalInterface
public interface Fetcher {

    /**
     * @throws FetchRefusedException the URL or a redirect target may not be fetched
     * @throws FetchFailedException  the target did not answer usably (timeout, connection, bad encoding)
     */
    FetchResult fetch(FetchRequest request);
}
