package io.veille.contracts;

/** A record that is JSON but not an event its topic's consumers read: outside the schema or its versions. */
public final class ContractViolationException extends RuntimeException {

    public ContractViolationException(String message) {
        super(message);
    }
}
