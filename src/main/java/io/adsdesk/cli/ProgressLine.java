package io.adsdesk.cli;

import io.adsdesk.sync.SyncPhase;
import io.adsdesk.sync.SyncProgress;

import java.io.PrintStream;

/** A live one-line progress display on a terminal, redrawn at most ten times a second. */
final class ProgressLine implements SyncProgress {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private long lastDraw;
    private int lastWidth;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void update(SyncPhase phase, int pagesDone, int pagesTotal, int programsDone, int programsTotal) {
        long now = System.nanoTime();
        boolean last = pagesTotal > 0 && pagesDone == pagesTotal;
        if (now - lastDraw < REDRAW_NANOS && !last) {
            return;
        }
        lastDraw = now;
        String line = switch (phase) {
            case FETCHING -> pagesTotal < 0 ? "Downloading programs…"
                    : "Downloading programs: page %d of %d, %d of %d programs (%d%%)".formatted(
                    pagesDone, pagesTotal, programsDone, programsTotal, pagesDone * 100 / pagesTotal);
            case WRITING -> "Saving %d programs to the local registry…".formatted(programsTotal);
            case BUSINESS_NAMES -> "Refreshing business names: %d of %d requests".formatted(pagesDone, pagesTotal);
        };
        draw(line);
    }

    /** Shows a line of another kind of work (a report being built, changes being posted), at most ten times a second. */
    synchronized void show(String line, boolean force) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && !force) {
            return;
        }
        lastDraw = now;
        draw(line);
    }

    synchronized void clear() {
        if (lastWidth > 0) {
            draw("");
            err.print('\r');
            err.flush();
        }
    }

    private void draw(String line) {
        err.print('\r' + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }
}
