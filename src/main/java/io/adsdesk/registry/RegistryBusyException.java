package io.adsdesk.registry;

/** Another sync of the same account holds the team registry's sync lock; the message names who and since when. */
public final class RegistryBusyException extends RegistryException {
    public RegistryBusyException(String message) {
        super(message);
    }
}
