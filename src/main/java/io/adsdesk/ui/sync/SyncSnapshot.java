package io.adsdesk.ui.sync;

import io.adsdesk.sync.SyncPhase;
import io.adsdesk.ui.common.Formats;

import java.time.Duration;
import java.time.Instant;

/** One progress report of a running sync, stamped with when it was made. -1 = unknown. */
record SyncSnapshot(SyncPhase phase, int pagesDone, int pagesTotal, int programsDone, int programsTotal, Instant at) {

    /** 0..1, or -1 when the total is not known yet (indeterminate bar). */
    double fraction() {
        if (phase != null && phase != SyncPhase.FETCHING) {
            return 1.0;
        }
        if (programsTotal > 0 && programsDone >= 0) {
            return Math.min(1.0, (double) programsDone / programsTotal);
        }
        if (pagesTotal > 0 && pagesDone >= 0) {
            return Math.min(1.0, (double) pagesDone / pagesTotal);
        }
        return -1;
    }

    /** "Page 3 of 20 · 250 of 2,000 programs" with whatever is known. */
    String detail() {
        if (phase == SyncPhase.WRITING) {
            return "Saving " + Formats.count(Math.max(0, programsTotal)) + " programs";
        }
        if (phase == SyncPhase.BUSINESS_NAMES) {
            return "Looking up " + Formats.count(Math.max(0, programsTotal)) + " business names";
        }
        StringBuilder sb = new StringBuilder();
        if (pagesTotal > 0) {
            sb.append("Page ").append(Formats.count(Math.max(0, pagesDone))).append(" of ").append(Formats.count(pagesTotal));
        }
        if (programsTotal > 0) {
            if (!sb.isEmpty()) {
                sb.append(" · ");
            }
            sb.append(Formats.count(Math.max(0, programsDone))).append(" of ").append(Formats.count(programsTotal)).append(" programs");
        }
        return sb.isEmpty() ? "Contacting the partner API…" : sb.toString();
    }

    /** "About 40 s left" once a trend is visible, else "". */
    String timeLeft(Instant startedAt) {
        double f = fraction();
        Duration elapsed = Duration.between(startedAt, at);
        if (phase != null && phase != SyncPhase.FETCHING || f < 0.02 || f >= 1 || elapsed.toMillis() < 1500) {
            return "";
        }
        long leftMs = (long) (elapsed.toMillis() * (1 - f) / f);
        return "About " + Formats.duration(Duration.ofMillis(Math.max(1000, leftMs))) + " left";
    }
}
