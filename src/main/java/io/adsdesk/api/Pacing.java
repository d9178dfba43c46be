package io.adsdesk.api;

import java.util.Locale;

/** CPC pacing. Sent lower case ({@code paced}); receipts echo it upper case. */
public enum Pacing {
    PACED, UNPACED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
