package io.veille.crawler.robots;

import io.veille.crawler.fetch.FetchRefusedException;

/** The site's robots.txt does not let us fetch this URL (or keeps the host closed after a server error). */
public class RobotsDisallowedException extends FetchRefusedException {

    public RobotsDisallowedException(String message) {
        super(message);
    }
}
