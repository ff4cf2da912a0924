package io.veille.contracts.net;

/** The URL may not be called (scheme, credentials, a non-public address): the caller's input is at fault. */
public class AddressRefusedException extends RuntimeException {

    public AddressRefusedException(String message) {
        super(message);
    }
}
