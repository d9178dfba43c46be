package io.adsdesk.ui.reports;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PendingReport;
import io.adsdesk.model.report.ReportSeries;
import io.adsdesk.model.report.SeriesPoint;
import io.adsdesk.model.report.TypeSpend;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.RegistryContents;
import io.adsdesk.reports.BudgetPacing;
import io.adsdesk.reports.ReportFailure;
import io.adsdesk.reports.ReportLimits;
import io.adsdesk.reports.ReportService;
import io.adsdesk.reports.Reports;
import io.adsdesk.ui.common.Formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * An open account's reports ({@link Reports}: cache, Yelp, pacing) as the Reports view reads them.
 * The cache is loaded once for Yelp's whole lookback window; ranges and scopes are then sliced in memory
 * by {@link io.adsdesk.reports.ReportFigures#series}.
 */
public final class SessionReports implements ReportSource {
    /** How often the requests of an earlier run are looked at while Yelp builds them. */
    private static final java.time.Duration PENDING_CHECK = java.time.Duration.ofSeconds(2);
    private final Reports reports;
    private final ProgramRegistry registry;
    private final Clock clock;
    /** Keeps a key entered here; null when none can be entered. */
    private final KeyKeeper keys;

    public SessionReports(Reports reports, ProgramRegistry registry, Clock clock) {
        this(reports, registry, clock, null);
    }

    private SessionReports(Reports reports, ProgramRegistry registry, Clock clock, KeyKeeper keys) {
        this.reports = reports;
        this.registry = registry;
        this.clock = clock;
        this.keys = keys;
    }

    /** The session's reports, or {@link ReportSource#NONE} when it has none. */
    public static ReportSource of(io.adsdesk.ui.accounts.AccountSession session) {
        return session.reports() == null || session.registry() == null ? NONE
                : new SessionReports(session.reports(), session.registry(), Clock.systemUTC());
    }

    /**
     * The session's reports, whose reporting key can be entered or forgotten through {@code gateway}
     * (not the demo's, which has its own); {@link ReportSource#NONE} when it has none.
     */
    public static ReportSource of(io.adsdesk.ui.accounts.AccountSession session, io.adsdesk.ui.accounts.AccountGateway gateway) {
        if (session.reports() == null || session.registry() == null) {
            return NONE;
        }
        KeyKeeper keys = session.demo() ? null : key -> gateway.useReportKey(session, key);
        return new SessionReports(session.reports(), session.registry(), Clock.systemUTC(), keys);
    }

    /** Keeps a reporting key and makes the session's reports use it. */
    @FunctionalInterface
    private interface KeyKeeper {
        void keep(char[] key) throws Exception;
    }

    @Override
    public boolean hasKey() {
        return reports.canRequest();
    }

    @Override
    public boolean keyEditable() {
        return keys != null;
    }

    @Override
    public void saveKey(char[] key) throws Exception {
        if (keys == null) {
            ReportSource.super.saveKey(key);
            return;
        }
        try {
            keys.keep(key);
        } finally {
            java.util.Arrays.fill(key, '\0');
        }
    }

    @Override
    public CachedReport readCache() {
        LocalDate today = reports.service().today();
        DateRange window = new DateRange(today.minusDays(ReportLimits.LOOKBACK_DAYS), today);
        io.adsdesk.reports.ReportFigures figures = reports.query().load(Granularity.DAILY, window);
        RegistryContents contents = registry.loadContents();
        Map<String, String> names = new HashMap<>();
        for (Business b : contents.businesses()) {
            names.put(b.yelpBusinessId(), b.name());
        }
        LocalDate last = null;
        List<FigureRow> month = new ArrayList<>();
        for (FigureRow r : figures.rows()) {
            if (last == null || r.date().isAfter(last)) {
                last = r.date();
            }
            if (!r.date().isBefore(today.withDayOfMonth(1))) {
                month.add(r);
            }
        }
        List<PacingRow> pacing = BudgetPacing.compute(contents.programs(), month, names,
                ReportLimits.lastPublishedDay(clock), today).stream().map(SessionReports::pacingRow).toList();
        Instant received = reports.service().requests().stream()
                .filter(p -> p.state().finished() && p.lastPolledAt() != null)
                .map(PendingReport::lastPolledAt).max(Instant::compareTo).orElse(null);
        return new Cached(Slices.of(figures), names, pacing, last, received);
    }

    @Override
    public void fetchMissing(DayRange range, ReportScope scope, Consumer<BuildStatus> progress, BooleanSupplier cancelled)
            throws Exception {
        DateRange asked = new DateRange(range.from(), range.to());
        String problem = reports.service().problem(Granularity.DAILY, asked);
        if (problem != null) {
            throw new ReportFailure(ReportFailure.Reason.INVALID_REQUEST, problem);
        }
        List<String> businesses = businessesOf(scope, registry.loadContents());
        String requested = ReportsViewModel.describe(range, scope) + " (" + Formats.count(businesses.size(),
                "business", "businesses") + ")";
        Instant started = Instant.now(clock);
        progress.accept(new BuildStatus(requested, started, ReportService.TYPICAL_BUILD_TIME, "Sending the requests", 0, 0));
        reports.service().fetch(Granularity.DAILY, asked, businesses, p -> {
            if (cancelled.getAsBoolean()) {
                Thread.currentThread().interrupt(); // stops waiting; the requests stay stored and are polled at the next start
            }
            Instant first = p.requests().stream().map(PendingReport::requestedAt).filter(java.util.Objects::nonNull)
                    .min(Instant::compareTo).orElse(started);
            progress.accept(new BuildStatus(requested, first, ReportService.TYPICAL_BUILD_TIME, state(p),
                    p.requestsFinished(), p.requestsTotal()));
        });
    }

    @Override
    public boolean awaitPending(Consumer<BuildStatus> progress, BooleanSupplier cancelled) throws InterruptedException {
        boolean waited = false;
        while (!cancelled.getAsBoolean()) {
            List<PendingReport> open = reports.service().requests().stream().filter(p -> !p.state().finished()).toList();
            if (open.isEmpty()) {
                return waited;
            }
            waited = true;
            PendingReport first = open.getFirst();
            Instant at = open.stream().map(PendingReport::requestedAt).filter(java.util.Objects::nonNull)
                    .min(Instant::compareTo).orElse(Instant.now(clock));
            int businesses = open.stream().mapToInt(p -> p.businessIds().size()).sum();
            String requested = Formats.date(first.range().from()) + " to " + Formats.date(first.range().to()) + ", "
                    + Formats.count(businesses, "business", "businesses") + " (asked before AdsDesk last closed)";
            progress.accept(new BuildStatus(requested, at, ReportService.TYPICAL_BUILD_TIME,
                    first.state().label() + ": " + Formats.count(open.size(), "report", "reports") + " still to come", 0, 0));
            Thread.sleep(PENDING_CHECK.toMillis());
        }
        return waited;
    }

    /** "Building at Yelp: 3 of 5 reports ready". */
    private static String state(ReportService.Progress p) {
        String now = p.requests().stream().filter(r -> !r.state().finished()).map(r -> r.state().label())
                .findFirst().orElse("Reading the reports");
        return now + ": " + p.requestsFinished() + " of " + Formats.count(p.requestsTotal(), "report", "reports") + " ready";
    }

    private static List<String> businessesOf(ReportScope scope, RegistryContents contents) {
        Set<String> ids = new LinkedHashSet<>();
        switch (scope.kind()) {
            case ACCOUNT -> contents.businesses().forEach(b -> ids.add(b.yelpBusinessId()));
            case BUSINESS -> ids.add(scope.businessId());
            case PROGRAMS -> {
                Set<String> wanted = Set.copyOf(scope.programIds());
                for (Program p : contents.programs()) {
                    if (wanted.contains(p.programId())) {
                        p.businesses().stream().map(ProgramBusiness::yelpBusinessId).forEach(ids::add);
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    private static PacingRow pacingRow(io.adsdesk.model.report.PacingRow r) {
        return new PacingRow(r.programId(), r.businessId(), r.businessName(), r.spentCents(), r.budgetCents(),
                r.projectedCents(), switch (r.flag()) {
                    case ON_PACE -> PacingRow.Pace.ON_TRACK;
                    case UNDER_SPEND -> PacingRow.Pace.UNDER_SPEND;
                    case RUNS_OUT_EARLY -> PacingRow.Pace.RUNS_OUT_EARLY;
                    case NO_DATA -> PacingRow.Pace.NO_DATA;
                });
    }

    /** The loaded window in memory. */
    private record Cached(Slices slices, Map<String, String> names, List<PacingRow> pacing, LocalDate last,
                          Instant received) implements CachedReport {

        @Override
        public ReportFigures figures(DayRange range, ReportScope scope) {
            DateRange loaded = slices.range();
            LocalDate from = range.from().isBefore(loaded.from()) ? loaded.from() : range.from();
            LocalDate to = range.to().isAfter(loaded.to()) ? loaded.to() : range.to();
            if (to.isBefore(from)) {
                return EMPTY.figures(range, scope);
            }
            DateRange within = new DateRange(from, to);
            ReportSeries s = slices.of(scope, within).series(scope(scope), within, names);
            int n = s.points().size();
            List<LocalDate> days = new ArrayList<>(n);
            long[] imp = new long[n];
            long[] clk = new long[n];
            long[] cost = new long[n];
            for (int i = 0; i < n; i++) {
                SeriesPoint p = s.points().get(i);
                days.add(p.date());
                imp[i] = p.impressions();
                clk[i] = p.clicks();
                cost[i] = p.costCents();
            }
            Map<String, long[]> byType = new LinkedHashMap<>();
            for (TypeSpend t : s.spendByType()) {
                long[] values = new long[n];
                for (int i = 0; i < n && i < t.costCents().size(); i++) {
                    values[i] = t.costCents().get(i);
                }
                byType.put(t.programType(), values);
            }
            List<ReportFigures.BusinessSpend> top = s.topBusinesses().stream()
                    .map(b -> new ReportFigures.BusinessSpend(b.businessId(),
                            b.businessName() == null ? b.businessId() : b.businessName(), b.costCents(), b.clicks(),
                            b.impressions()))
                    .toList();
            return new ReportFigures(new DayRange(from, to), days, imp, clk, cost, byType, top);
        }

        private static io.adsdesk.model.report.ReportScope scope(ReportScope s) {
            return switch (s.kind()) {
                case ACCOUNT -> io.adsdesk.model.report.ReportScope.account();
                case BUSINESS -> io.adsdesk.model.report.ReportScope.business(s.businessId());
                case PROGRAMS -> io.adsdesk.model.report.ReportScope.programs(Set.copyOf(s.programIds()));
            };
        }

        @Override
        public List<PacingRow> pacing(LocalDate today) {
            return pacing;
        }

        @Override
        public Optional<LocalDate> lastCachedDay() {
            return Optional.ofNullable(last);
        }

        @Override
        public Optional<Instant> receivedAt() {
            return Optional.ofNullable(received);
        }
    }
}
