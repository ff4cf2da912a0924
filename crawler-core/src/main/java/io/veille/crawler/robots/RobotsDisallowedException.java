package io.veille.crawler.robots;

import io.veille.crawler.fetch.FetchRefusedException;

/**
 * The site's robots.txt does not let us fetch this URL, or keeps the host closed after a server error.
 *
 * @see #temporary()
 */
public class RobotsDisallowedException extends FetchRefusedException {

    private final boolean temporary;

    public RobotsDisallowedException(String message, boolean temporary) {
        super(message);
        this.temporary = temporary;
    }

    /** The host is closed only until its robots.txt answers again (5xx, 429): the page may be tried later. */
    public boolean temporary() {
        return temporary;
    }
}
