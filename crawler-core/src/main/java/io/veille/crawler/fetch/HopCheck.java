package io.veille.crawler.fetch;

import java.net.URI;

/** A rule every hop of a fetch (the first URL and each redirect target) must pass, such as robots.txt. */
@FunctionalInterface
public interface HopCheck {

    HopCheck NONE = (url, request) -> { };

    /** @throws FetchRefusedException when {@code url} may not be requested */
    void check(URI url, FetchRequest request);
}
