package io.veille.contracts.net;

/** The URL's host has no address now: the remote side (or DNS) is at fault, and a later call may succeed. */
public class UnresolvedHostException extends RuntimeException {

    public UnresolvedHostException(String message, Throwable cause) {
        super(message, cause);
    }
}
