package io.adsdesk.registry;

import java.net.InetAddress;

/** Who makes a change on this machine, as jobs, audit entries and team notices name them. */
public final class Makers {
    private static volatile String current;

    private Makers() {
    }

    /** The operating-system user and machine, as "ana on desk-7". */
    public static String current() {
        String me = current;
        if (me == null) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "an unnamed machine";
            }
            me = System.getProperty("user.name", "someone") + " on " + host;
            current = me;
        }
        return me;
    }
}
