package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.util.Locale;

/** The List All {@code program_status} filter classes (partner-api.md §6.2). */
enum ListFilter {
    PAST, PAUSED, CURRENT, FUTURE, ALL;

    /** Accepts any case; null when the text names no filter. */
    static ListFilter parse(String text) {
        for (ListFilter f : values()) {
            if (f.name().equals(text.toUpperCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    boolean matches(SandboxProgram p, LocalDate today, boolean pausedUnderCurrent) {
        return switch (this) {
            case ALL -> true;
            case PAST -> p.past(today);
            case FUTURE -> !p.ended() && p.future(today);
            case PAUSED -> p.active(today) && p.paused();
            case CURRENT -> p.active(today) && (pausedUnderCurrent || !p.paused());
        };
    }
}
