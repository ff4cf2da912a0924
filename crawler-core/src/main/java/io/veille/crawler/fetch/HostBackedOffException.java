package io.veille.crawler.fetch;

import java.time.Instant;

/** The host asked us to wait (Retry-After) or keeps failing, longer than a fetch may wait: try on a later poll. */
public class HostBackedOffException extends FetchFailedException {

    private final Instant until;

    public HostBackedOffException(String host, Instant until) {
        super("host " + host + " is backed off until " + until, null);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
