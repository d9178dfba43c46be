package io.adsdesk.bench;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.sync.SyncReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every benchmark in one run, against the sandbox: syncs (first and no-change, with the network
 * floor), the programs screen (load, sort, keystroke, business change, the business drop-down, heap),
 * and whole-app starts of the packaged jar on the registries those syncs wrote (time to the first
 * frame with rows, RSS, heap), at 2,000, 20,000 and 100,000 programs. Prints two tables (goals, and
 * growth with size) and writes them to {@code target/bench/results.md}. Run it with
 * {@code scripts/bench.sh}, which builds the jar and provides a display.
 */
public final class BenchSuite {
    private static final int[] SIZES = {2_000, 20_000, 100_000};
    private static final int LATENCY_SCALING_MS = 50;

    private final Path work = Path.of("target", "bench");
    private final StartupBench starts = new StartupBench(Path.of("target", "adsdesk.jar"), work);
    private final List<String> log = new ArrayList<>();

    private BenchSuite() {
    }

    public static void main(String[] args) throws Exception {
        new BenchSuite().run();
        System.exit(0);
    }

    private record SizeFigures(SyncRuns.Result sync, Map<String, String> screen, StartupBench.Launch firstStart,
                               List<StartupBench.Launch> aotStarts, List<StartupBench.Launch> plainStarts) {
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        Files.createDirectories(work);
        note("AdsDesk benchmark suite, %s, %d cores, Java %s", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        double calibration = Calibration.measureMs();
        note("%s in this JVM; each UI figure is also given as a multiple (×) of the calibration its own JVM measured "
                + "just before it", Calibration.describe(calibration));

        note("sync: 2,000 programs over 40 businesses at 250 ms per request, 5 runs");
        SyncRuns.Result small = SyncRuns.run(2_000, 40, 250, 5, SyncOptions.DEFAULT_CONCURRENCY, work.resolve("sync-250"));
        SyncRuns.deleteTree(small.keptDir());

        note("sync --features: 2,000 programs at 250 ms per request");
        String featureSync = FeatureSyncBench.run(2_000, 40, 250, work);
        note("%s", featureSync);

        Map<Integer, SyncRuns.Result> syncs = new LinkedHashMap<>();
        for (int size : SIZES) {
            note("sync: %,d programs over %,d businesses at %d ms per request, 3 runs", size, businessesFor(size), LATENCY_SCALING_MS);
            syncs.put(size, SyncRuns.run(size, businessesFor(size), LATENCY_SCALING_MS, 3, SyncOptions.DEFAULT_CONCURRENCY,
                    work.resolve("size-" + size)));
        }

        Path aot = work.resolve("adsdesk.aot");
        note("training the AOT cache on the 100,000-program registry");
        boolean aotReady = starts.trainAotCache(syncs.get(100_000).keptDir(), aot);
        // As installed: the launcher's JVM options from jlink.json, and the AOT cache.
        List<String> aotOptions = new ArrayList<>(StartupBench.installedJvmOptions());
        if (aotReady) {
            aotOptions.addAll(List.of("-XX:AOTCache=" + aot.toAbsolutePath(), "-Xlog:aot*=off"));
        } else {
            note("no AOT cache was written; start-ups below run without one");
        }
        Map<Integer, StartupBench.Launch> firstStarts = new LinkedHashMap<>();
        for (int size : SIZES) {
            note("start without the contents cache: %,d programs", size);
            SyncRuns.Result sync = syncs.get(size);
            Files.deleteIfExists(HibernateProgramRegistry.contentsCacheFile(
                    AccountStore.accountDir(sync.keptDir(), new Account(SyncRuns.USERNAME, sync.baseUrl()))));
            firstStarts.put(size, starts.launch(sync.keptDir(), aotOptions, false));
        }

        Map<Integer, SizeFigures> figures = new LinkedHashMap<>();
        for (int size : SIZES) {
            SyncRuns.Result sync = syncs.get(size);
            note("programs screen: %,d programs", size);
            Map<String, String> screen = screenBench(sync);
            int runs = size == 100_000 ? 5 : 3;
            note("app start with the AOT cache: %,d programs, %d runs", size, runs);
            List<StartupBench.Launch> aotStarts = starts.launches(sync.keptDir(), runs, aotOptions, true);
            List<StartupBench.Launch> plain = List.of();
            if (size == 100_000) {
                note("app start without the AOT cache (plain java -jar): %,d programs, %d runs", size, runs);
                plain = starts.launches(sync.keptDir(), runs, List.of(), false);
            }
            figures.put(size, new SizeFigures(sync, screen, firstStarts.get(size), aotStarts, plain));
        }

        note("change queue: posting 1,000 budget changes at 100 ms, queueing +10 %% on 100,000 programs");
        String queue = "\n## Change queue\n\n" + QueueBench.report(1_000, 100, 100_000, work.resolve("queue"));

        note("reports: the cache of 2,000 businesses × 365 days, read and turned into chart series, 7 runs");
        ReportsBench.Result reports = ReportsBench.run(work.resolve("reports"), 2_000, 365, 7);
        SyncRuns.deleteTree(work.resolve("reports"));
        note("reports view: 2,000 businesses x 365 cached days, scope and range changes");
        Map<String, String> reportsView = runBench(ReportsViewBench.class, "2000", "365", "40");

        note("selection: every one of 100,000 rows selected, then sorted and searched");
        Map<String, String> selectionFigures = runMain(BulkChangeBench.class, "100000");
        String selection = selection(selectionFigures);
        note("team registry: 100,000 programs at 50 ms into PostgreSQL beside H2 (left out without ADSDESK_TEST_PG_URL)");
        String team = TeamSyncBench.run(100_000, LATENCY_SCALING_MS, 3, work);
        note("team registry: dashboard start to rows at 100,000 programs, with and without a local copy, beside H2");
        team += TeamStartBench.run(100_000, 5, work);
        String report = calibrationLine(calibration, figures, selectionFigures) + goals(small, figures.get(100_000), aotReady) + reportsRows(reportsView) + "\n" + featureSync + "\n\n" + scaling(figures)
                + "\n" + selection + "\n" + reports.table() + queue + team
                + String.format(Locale.ROOT, "%nSuite time: %.1f min.%n", (System.nanoTime() - began) / 6e10);
        System.out.println();
        System.out.println(report);
        Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
        for (SyncRuns.Result r : syncs.values()) {
            SyncRuns.deleteTree(r.keptDir());
        }
    }

    /** The calibrations of the run: the suite's own first, then those of the UI benchmarks' JVMs. */
    private static String calibrationLine(double suite, Map<Integer, SizeFigures> figures, Map<String, String> selection) {
        StringBuilder t = new StringBuilder("Calibration: " + Calibration.describe(suite) + " at the start of the suite; in the JVMs "
                + "of the UI figures (their × multiples are of these):");
        figures.forEach((size, f) -> t.append(" programs screen at %,d, %s ms;".formatted(size, f.screen().get("calibMs"))));
        t.append(" selection at 100,000, %s ms.%n%n".formatted(selection.get("calibMs")));
        return t.toString();
    }

    /** "9.91 ms, p95 12.40 ms (0.24× / 0.30×)": a median and its p95, each also as a multiple of the calibration. */
    private static String timed(Map<String, String> s, String median, String p95) {
        double calibration = Double.parseDouble(s.get("calibMs"));
        return "%s ms, p95 %s ms (%s / %s)".formatted(s.get(median), s.get(p95),
                Calibration.times(Double.parseDouble(s.get(median)), calibration),
                Calibration.times(Double.parseDouble(s.get(p95)), calibration));
    }

    /** "192.3 ms (4.71×)": one figure, also as a multiple of the calibration. */
    private static String once(Map<String, String> s, String key) {
        return "%s ms (%s)".formatted(s.get(key), Calibration.times(Double.parseDouble(s.get(key)),
                Double.parseDouble(s.get("calibMs"))));
    }

    /** The multiple-selection figures (BulkChangeBench) as a small table. */
    private static String selection(Map<String, String> s) {
        StringBuilder t = new StringBuilder("""
                | measure | FX thread busy | longest FX-thread stall | goal |
                |---|---|---|---|
                """);
        t.append("| Ctrl+A on %s rows (%s selected) | %s | %s | stall < 100 ms |%n".formatted(s.get("rows"),
                s.get("selected"), once(s, "selectAllMs"), once(s, "selectAllStallMs")));
        t.append("| sort by business with all selected (%s still selected) | %s | %s | stall < 100 ms |%n".formatted(
                s.get("stillSelected"), once(s, "sortSelectedMs"), once(s, "sortStallMs")));
        t.append("| search keystroke with all selected (%s still selected) | %s | %s | |%n".formatted(
                s.get("selectedAfterSearch"), once(s, "searchSelectedMs"), once(s, "searchStallMs")));
        return t.toString();
    }

    /** Runs a benchmark's main in its own JVM with the launcher's options; its RESULT line as a map. */
    private static Map<String, String> runMain(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(StartupBench.installedJvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(main.getSimpleName() + " failed:\n" + out));
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(7).split(" ")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        return values;
    }

    private static int businessesFor(int programs) {
        return Math.max(40, programs / 50);
    }

    private Map<String, String> screenBench(SyncRuns.Result sync) throws IOException, InterruptedException {
        // With the installed launcher's JVM options (jlink.json), as a user's dashboard runs.
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(StartupBench.installedJvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ScreenBench.class.getName(), sync.keptDir().toString(), SyncRuns.USERNAME, sync.baseUrl()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("ScreenBench failed:\n" + out));
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(7).split(" ")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        return values;
    }

    /** Runs a benchmark's main in its own JVM, as the dashboard runs, and reads its RESULT line. */
    private static Map<String, String> runBench(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(StartupBench.installedJvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(main.getSimpleName() + " failed:\n" + out));
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(7).split(" ")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        return values;
    }

    /** The Reports view's goal rows: a scope or range change redrawn, median and 95th percentile. */
    private static String reportsRows(Map<String, String> r) {
        StringBuilder t = new StringBuilder();
        row(t, "7", "Reports view, 2,000 businesses × 365 cached days: scope change redrawn (median / p95 of %s)"
                .formatted(r.get("scopeCount")), "%s ms / %s ms (to the account %s ms, to a business %s ms)".formatted(
                r.get("scopeMedian"), r.get("scopeP95"), r.get("toAccountMedian"), r.get("toBusinessMedian")), "< 100 ms");
        row(t, "7", "the same, range change (median / p95 of %s)".formatted(r.get("rangeCount")),
                "%s ms / %s ms".formatted(r.get("rangeMedian"), r.get("rangeP95")), "< 100 ms");
        return t.toString();
    }

    private static String goals(SyncRuns.Result small, SizeFigures big, boolean aot) {
        SyncRuns.Result large = big.sync();
        StringBuilder t = new StringBuilder("""
                | # | measure | result | goal |
                |---|---|---|---|
                """);
        row(t, "1", "first sync, 2,000 programs, 250 ms/request, concurrency %d (median of %d)".formatted(small.concurrency(),
                small.first().size()), syncCell(small, small.medianFirst()), "ratio ≤ 1.25");
        row(t, "1", "first sync, 100,000 programs, 50 ms/request, concurrency %d (median of %d)".formatted(large.concurrency(),
                large.first().size()), syncCell(large, large.medianFirst()), "ratio ≤ 1.25");
        row(t, "2", "registry writes inside the first 100,000-program sync", "%,.0f programs/s of database-thread time"
                .formatted(large.writeRate()), "");
        SyncReport again = large.medianAgain();
        row(t, "2", "no-change re-sync, 100,000 programs", syncCell(large, again) + ", %d program rows written"
                .formatted(again.rowsWritten()), "0 rows");
        Map<String, String> s = big.screen();
        row(t, "3", "business drop-down, 2,000 businesses: fill it (median / p95 of 10)", timed(s, "fillMedian", "fillP95"), "< 5 ms");
        row(t, "3", "business drop-down, 2,000 businesses: open it (median / p95 of 10)", timed(s, "openMedian", "openP95"), "< 10 ms");
        row(t, "4", "search keystroke, 100,000 rows sorted by business, table laid out (median / p95 of %s)".formatted(s.get("keyCount")),
                "%s (max %s)".formatted(timed(s, "keyMedian", "keyP95"), s.get("keyMax")), "median < 8 ms, p95 < 16 ms");
        row(t, "4", "business change, same table (median / p95 of %s)".formatted(s.get("bizCount")),
                "%s (max %s)".formatted(timed(s, "bizMedian", "bizP95"), s.get("bizMax")), "median < 8 ms, p95 < 16 ms");
        row(t, "4", "sort 100,000 rows by business: first click; then the same header clicked again (median / p95 of %s)"
                .formatted(s.get("sortCount")), once(s, "sortMs") + "; " + timed(s, "sortMedian", "sortP95"), "< 100 ms");
        row(t, "5", "app start to first frame with rows, 100,000 programs, offline, as installed (%s, jlink.json options; median of %d)"
                        .formatted(aot ? "AOT cache" : "no AOT cache", big.aotStarts().size()),
                "%,.0f ms".formatted(Stats.median(ms(big.aotStarts()))), "< 1,500 ms");
        if (!big.plainStarts().isEmpty()) {
            row(t, "5", "the same with plain `java -jar`, no options (median of %d)".formatted(big.plainStarts().size()),
                    "%,.0f ms".formatted(Stats.median(ms(big.plainStarts()))), "");
        }
        row(t, "5", "start without a current contents cache (first start after this upgrade), as installed, 100,000 programs",
                "%,d ms".formatted(big.firstStart().ms()), "");
        StartupBench.Launch mem = big.aotStarts().getLast();
        row(t, "6", "memory of the app as installed, 2 s after 100,000 programs are shown: RSS (private, "
                        + "the rest is mapped files) / heap after GC",
                "%,d MB (%,d MB) / %,d MB".formatted(mem.rssMb(), mem.privateMb(), mem.heapMb()), "RSS < 400 MB");
        return t.toString();
    }

    private static String syncCell(SyncRuns.Result r, SyncReport report) {
        return "%,d ms, floor %,.0f ms, ratio %.2f".formatted(report.totalTime().toMillis(), r.floorMs(),
                report.totalTime().toMillis() / r.floorMs());
    }

    private static String scaling(Map<Integer, SizeFigures> figures) {
        StringBuilder t = new StringBuilder("| measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : figures.keySet()) {
            t.append(" %,d programs |".formatted(size));
            rule.append("---|");
        }
        t.append('\n').append(rule).append('\n');
        scalingRow(t, figures, "first sync at 50 ms/request (ratio to floor)", f -> "%,d ms (%.2f)".formatted(
                f.sync().medianFirst().totalTime().toMillis(), f.sync().medianFirst().totalTime().toMillis() / f.sync().floorMs()));
        scalingRow(t, figures, "registry write rate in the first sync", f -> "%,.0f/s".formatted(f.sync().writeRate()));
        scalingRow(t, figures, "no-change re-sync (rows written)", f -> "%,d ms (%d)".formatted(
                f.sync().medianAgain().totalTime().toMillis(), f.sync().medianAgain().rowsWritten()));
        scalingRow(t, figures, "programs screen: load into the table", f -> f.screen().get("loadMs") + " ms");
        scalingRow(t, figures, "sort by business: first click; clicked again (median / p95)", f -> f.screen().get("sortMs")
                + " ms; " + f.screen().get("sortMedian") + " / " + f.screen().get("sortP95") + " ms");
        scalingRow(t, figures, "search index, built when the search box gets the focus (worker)", f -> f.screen().get("indexMs") + " ms");
        scalingRow(t, figures, "search keystroke (median / p95)", f -> f.screen().get("keyMedian") + " / " + f.screen().get("keyP95") + " ms");
        scalingRow(t, figures, "business change (median / p95)", f -> f.screen().get("bizMedian") + " / " + f.screen().get("bizP95") + " ms");
        scalingRow(t, figures, "business drop-down: fill / open (medians)", f -> f.screen().get("fillMedian") + " / "
                + f.screen().get("openMedian") + " ms");
        scalingRow(t, figures, "search keystroke (median) as a multiple of the calibration", f -> Calibration.times(
                Double.parseDouble(f.screen().get("keyMedian")), Double.parseDouble(f.screen().get("calibMs"))));
        scalingRow(t, figures, "app start to rows, AOT cache (median)", f -> "%,.0f ms".formatted(Stats.median(ms(f.aotStarts()))));
        scalingRow(t, figures, "start without the contents cache", f -> "%,d ms".formatted(f.firstStart().ms()));
        scalingRow(t, figures, "app RSS (private) / heap after GC", f -> "%,d (%,d) / %,d MB".formatted(
                f.aotStarts().getLast().rssMb(), f.aotStarts().getLast().privateMb(), f.aotStarts().getLast().heapMb()));
        return t.toString();
    }

    private static void scalingRow(StringBuilder t, Map<Integer, SizeFigures> figures, String name,
                                   java.util.function.Function<SizeFigures, String> cell) {
        t.append("| ").append(name).append(" |");
        for (SizeFigures f : figures.values()) {
            t.append(' ').append(cell.apply(f)).append(" |");
        }
        t.append('\n');
    }

    private static void row(StringBuilder t, String n, String measure, String result, String goal) {
        t.append("| ").append(n).append(" | ").append(measure).append(" | ").append(result).append(" | ").append(goal).append(" |\n");
    }

    private static List<Long> ms(List<StartupBench.Launch> launches) {
        return launches.stream().map(StartupBench.Launch::ms).toList();
    }

    private void note(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        log.add(line);
        System.out.println("== " + line);
    }
}
