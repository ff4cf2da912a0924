package io.veille.crawler.feed;

/** The document is not a feed we can read (not XML, not RSS/Atom, or it declares a DTD). */
public class FeedParseException extends Exception {

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
