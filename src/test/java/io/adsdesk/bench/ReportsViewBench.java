package io.adsdesk.bench;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.BusinessOption;
import io.adsdesk.ui.reports.RangePreset;
import io.adsdesk.ui.reports.ReportScope;
import io.adsdesk.ui.reports.ReportSource;
import io.adsdesk.ui.reports.ReportsView;
import io.adsdesk.ui.reports.ReportsViewModel;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ReportCache;
import io.adsdesk.reports.Reports;
import io.adsdesk.ui.reports.SessionReports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The Reports view at {@code businesses} × {@code days} cached days in a real registry's report cache, in a JavaFX toolkit (headless
 * Monocle, software rendering): the real view model and view with the app's theme, each change of the
 * scope or the range timed on the FX thread up to the end of the CSS and layout pass a frame would run.
 * Prints one {@code RESULT} line with the medians and 95th percentiles.
 * <p>Usage: {@code ReportsViewBench [businesses] [days] [changes]}; run in its own JVM.
 */
public final class ReportsViewBench {

    private ReportsViewBench() {
    }

    public static void main(String[] args) throws Exception {
        int businesses = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                result.complete(measure(businesses, days, changes));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            System.out.println("RESULT " + result.get());
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    /**
     * Fills a registry's report cache with {@code businesses} × {@code days} of daily figures up to
     * yesterday (a CPC program each, an EP program for every second business), then measures the
     * view on the account's reports as the app reads them ({@link SessionReports}).
     */
    static String measure(int businesses, int days, int changes) throws Exception {
        LocalDate today = LocalDate.of(2026, 7, 1);
        Clock clock = Clock.fixed(today.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Path dir = Files.createTempDirectory("reports-view-bench");
        try (HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir)) {
            long t0 = System.nanoTime();
            List<String> ids = fill(registry.reportCache(), businesses, days, today);
            double fillMs = Stats.ms(System.nanoTime() - t0);
            try (Reports reports = new Reports(registry.reportCache(), null, clock, Reports.POLL_INTERVAL)) {
                return measure(new SessionReports(reports, registry, clock), ids, today, changes,
                        "businesses=%d days=%d fillMs=%.0f".formatted(businesses, days, fillMs));
            }
        } finally {
            SyncRuns.deleteTree(dir);
        }
    }

    private static List<String> fill(ReportCache cache, int businesses, int days, LocalDate today) {
        DateRange range = DateRange.of(today.minusDays(days), today.minusDays(1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < businesses; i++) {
            ids.add("bench-business-%05d".formatted(i));
        }
        for (int from = 0; from < businesses; from += 100) {
            List<String> batch = ids.subList(from, Math.min(businesses, from + 100));
            List<FigureRow> figures = new ArrayList<>();
            for (int b = 0; b < batch.size(); b++) {
                String id = batch.get(b);
                for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
                    long h = (id.hashCode() * 31L + d.toEpochDay()) & 0xff;
                    figures.add(new FigureRow(Granularity.DAILY, d, id, id + "-cpc", "CPC", 400 + h * 3, 10 + h / 16, 900 + h * 7));
                    if ((from + b) % 2 == 0) {
                        figures.add(new FigureRow(Granularity.DAILY, d, id, id + "-ep", "EP", 150 + h, 1 + h / 64, 330));
                    }
                }
            }
            cache.store(Granularity.DAILY, range, batch, figures, range.to());
        }
        return ids;
    }

    static String measure(ReportSource source, List<String> businessIds, LocalDate today, int changes, String about) {
        new ThemeManager().apply(Theme.LIGHT);
        ObservableList<BusinessOption> options = FXCollections.observableArrayList(BusinessOption.ALL);
        for (int b = 0; b < businessIds.size(); b++) {
            options.add(new BusinessOption(businessIds.get(b), "Business " + b, 1));
        }
        ReportsViewModel model = new ReportsViewModel(new CurrentThreadTaskExecutor(), new CurrentThreadTaskExecutor(), () -> today);
        ReportsView view = new ReportsView(model, options, id -> { });
        Scene scene = new Scene(view, 1180, 760);
        ThemeManager.style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        frame(view);

        long started = System.nanoTime();
        model.setSource(source);
        model.fromProperty().set(today.minusDays(365));
        model.toProperty().set(today.minusDays(1));
        frame(view);
        double openMs = Stats.ms(System.nanoTime() - started);

        // Scope: the whole account, then a business, alternately (a year of days shown).
        // Half the changes go to the whole account, half to one business: the median of all falls between the
        // two kinds, so each kind's median is printed too (toAccount: every business's year redrawn).
        List<Double> scopes = new ArrayList<>();
        List<Double> toAccount = new ArrayList<>();
        List<Double> toBusiness = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            BusinessOption business = options.get(1 + (i * 37) % businessIds.size());
            boolean account = model.scopeKindProperty().get() == ReportScope.Kind.BUSINESS;
            double ms = time(view, () -> {
                if (account) {
                    model.scopeKindProperty().set(ReportScope.Kind.ACCOUNT);
                } else {
                    model.businessProperty().set(business);
                    model.scopeKindProperty().set(ReportScope.Kind.BUSINESS);
                }
            });
            scopes.add(ms);
            (account ? toAccount : toBusiness).add(ms);
        }
        model.scopeKindProperty().set(ReportScope.Kind.ACCOUNT);
        frame(view);
        // Range: presets and a custom year, in turn, for the whole account.
        RangePreset[] presets = {RangePreset.LAST_90_DAYS, RangePreset.LAST_30_DAYS, RangePreset.LAST_7_DAYS,
                RangePreset.LAST_MONTH, RangePreset.THIS_MONTH};
        List<Double> ranges = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            RangePreset p = presets[i % presets.length];
            if (i % 2 == 1) {
                int back = 60 + i;
                ranges.add(time(view, () -> model.fromProperty().set(today.minusDays(back))));
            } else {
                ranges.add(time(view, () -> model.presetProperty().set(p)));
            }
        }
        stage.hide();
        BiFunction<String, List<Double>, String> figures = (name, samples) -> String.format(Locale.ROOT,
                "%sMedian=%.1f %sP95=%.1f %sCount=%d", name, Stats.median(samples), name, p95(samples), name, samples.size());
        return about + String.format(Locale.ROOT, " openMs=%.0f ", openMs) + figures.apply("scope", scopes) + " "
                + figures.apply("range", ranges) + String.format(Locale.ROOT, " toAccountMedian=%.1f toBusinessMedian=%.1f",
                Stats.median(toAccount), Stats.median(toBusiness));
    }

    static double p95(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    /** The CSS and layout pass of the next frame, run now. */
    private static void frame(Parent root) {
        root.applyCss();
        root.layout();
    }

    private static double time(Parent root, Runnable change) {
        long started = now();
        change.run();
        frame(root);
        return Stats.ms(now() - started);
    }

    /** Wall-clock time; with -Dbench.cpu=true the FX thread's CPU time instead, for runs on a busy machine. */
    private static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final boolean CPU = Boolean.getBoolean("bench.cpu");
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
}
