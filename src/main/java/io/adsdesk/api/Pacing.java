package io.adsdesk.api;

import io.adsdesk.model.command.PacingMethod;

import java.util.Locale;

/** CPC pacing. Sent lower case ({@code paced}); receipts echo it upper case. */
public enum Pacing {
    PACED, UNPACED;

    /** The wire value of a pacing method; null stays null (not sent). */
    public static Pacing of(PacingMethod method) {
        return method == null ? null : switch (method) {
            case PACED -> PACED;
            case UNPACED -> UNPACED;
        };
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
