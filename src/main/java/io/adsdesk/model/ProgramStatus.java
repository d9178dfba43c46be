package io.adsdesk.model;

import java.time.LocalDate;

/**
 * The one status AdsDesk shows and filters by, derived the same way everywhere from the API's
 * dates, ACTIVE/INACTIVE flag and pause flag, on the Pacific date.
 */
public enum ProgramStatus {
    CURRENT, PAST, FUTURE, PAUSED;

    public static ProgramStatus of(Program p, LocalDate today) {
        if (p.endDate() != null && p.endDate().isBefore(today)) {
            return PAST;
        }
        if (p.startDate() != null && p.startDate().isAfter(today)) {
            return FUTURE;
        }
        if (p.paused()) {
            return PAUSED;
        }
        // In its date range: ACTIVE is running; INACTIVE here means it was ended (end date set to today).
        return p.active() ? CURRENT : PAST;
    }
}
