package io.veille.crawler.fetch;

/** The URL is not one the crawler may fetch (scheme, address, redirect count): the caller's input is at fault. */
public class FetchRefusedException extends RuntimeException {

    public FetchRefusedException(String message) {
        super(message);
    }
}
