package io.adsdesk.ui.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the Reports view needs from the reporting machinery (cache, client, pending requests,
 * pacing). Implemented by the app's wiring; every method but {@link #hasKey()} blocks and runs on a worker.
 */
public interface ReportSource {

    /** An account without reports: no key, nothing cached. */
    ReportSource NONE = new ReportSource() {
        @Override
        public boolean hasKey() {
            return false;
        }

        @Override
        public CachedReport readCache() {
            return EMPTY;
        }

        @Override
        public void fetchMissing(DayRange range, ReportScope scope, Consumer<BuildStatus> progress, BooleanSupplier cancelled) {
            throw new IllegalStateException("This account has no key for Yelp's reporting API.");
        }
    };

    /** Nothing cached. */
    CachedReport EMPTY = new CachedReport() {
        @Override
        public ReportFigures figures(DayRange range, ReportScope scope) {
            int n = (int) range.days();
            List<LocalDate> days = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                days.add(range.from().plusDays(i));
            }
            return new ReportFigures(range, days, new long[n], new long[n], new long[n], java.util.Map.of(), List.of());
        }

        @Override
        public List<PacingRow> pacing(LocalDate today) {
            return List.of();
        }

        @Override
        public Optional<LocalDate> lastCachedDay() {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> receivedAt() {
            return Optional.empty();
        }
    };

    /** Whether the account has a key for Yelp's reporting API. */
    boolean hasKey();

    /** Whether a reporting key can be entered for this account here (not for the demo: it has its own). */
    default boolean keyEditable() {
        return false;
    }

    /**
     * Keeps the account's reporting key in the credential store and uses it at once; an empty key forgets
     * it. Wipes {@code key}. Blocking.
     */
    default void saveKey(char[] key) throws Exception {
        java.util.Arrays.fill(key, '\0');
        throw new UnsupportedOperationException("A reporting key cannot be entered for this account.");
    }

    /** Reads the account's cached figures into memory, ready to be sliced by range and scope. Blocking. */
    CachedReport readCache() throws Exception;

    /**
     * Asks Yelp for the days of {@code range} the cache lacks, for the businesses of {@code scope}, and
     * waits for the reports, telling {@code progress} what it is doing. Requests still waiting when the
     * app closes are resumed at the next start. Blocking.
     */
    void fetchMissing(DayRange range, ReportScope scope, Consumer<BuildStatus> progress, BooleanSupplier cancelled)
            throws Exception;

    /**
     * Waits for the reports asked for before (an earlier run, whose requests were kept) while Yelp
     * still builds them, telling {@code progress} where they stand; returns at once when there are
     * none. Returns whether it waited for any, so the cache is worth reading again. Blocking.
     */
    default boolean awaitPending(Consumer<BuildStatus> progress, BooleanSupplier cancelled) throws Exception {
        return false;
    }

    /** The account's cached figures, in memory. Its methods are fast enough for the FX thread. */
    interface CachedReport {

        /** The chart figures of a range and a scope. */
        ReportFigures figures(DayRange range, ReportScope scope);

        /** Budget pacing this month of the account's CPC programs, as of {@code today}. */
        List<PacingRow> pacing(LocalDate today);

        /** The last day with cached figures; empty when nothing is cached. */
        Optional<LocalDate> lastCachedDay();

        /** When figures were last received from Yelp; empty when never. */
        Optional<Instant> receivedAt();
    }
}
