package io.adsdesk.registry;

/** The registry cannot be opened or used; the message says why in plain words. */
public class RegistryException extends RuntimeException {
    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
