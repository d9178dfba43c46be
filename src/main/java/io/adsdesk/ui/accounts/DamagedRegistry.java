package io.adsdesk.ui.accounts;

import io.adsdesk.registry.RegistryDamagedException;

/** An account that could not be opened because its registry is damaged, and how to try opening it again. */
public record DamagedRegistry(RegistryDamagedException problem, Runnable retry) {

    /** The damage behind a failure to open an account, or null when it was something else. */
    static RegistryDamagedException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RegistryDamagedException d) {
                return d;
            }
        }
        return null;
    }
}
