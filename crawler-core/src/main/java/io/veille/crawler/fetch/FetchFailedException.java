package io.veille.crawler.fetch;

/** The target could not be reached or did not answer in time: the remote side is at fault. */
public class FetchFailedException extends RuntimeException {

    public FetchFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
