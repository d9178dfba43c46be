package io.adsdesk.model;

import java.util.Locale;

/** Budget fee period. Responses spell it "Calendar Month", requests use CALENDAR_MONTH. */
public enum FeePeriod {
    CALENDAR_MONTH("Calendar Month"),
    ROLLING_MONTH("Rolling Month");

    private final String label;

    FeePeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts every spelling seen: "Calendar Month", "CALENDAR_MONTH", "calendar_month"; null when unknown. */
    public static FeePeriod parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String norm = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (FeePeriod p : values()) {
            if (p.name().equals(norm)) {
                return p;
            }
        }
        return null;
    }
}
