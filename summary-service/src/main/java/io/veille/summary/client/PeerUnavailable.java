package io.veille.summary.client;

import io.veille.support.api.ProblemException;

/** A peer service could not be reached or failed; mapped to 503 / 502 / 422 problem+json. */
public class PeerUnavailable extends ProblemException {

    public PeerUnavailable(int status, String title, String detail) {
        super(status, title, detail);
    }
}
