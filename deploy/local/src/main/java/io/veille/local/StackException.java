package io.veille.local;

/** A step of the local stack failed; the message says which and what to look at. */
public final class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
