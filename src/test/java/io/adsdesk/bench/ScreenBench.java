package io.adsdesk.bench;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.BusinessOption;
import io.adsdesk.ui.programs.ProgramsView;
import io.adsdesk.ui.programs.ProgramsViewModel;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The programs screen itself, in a JavaFX toolkit (headless Monocle, software rendering), on a
 * registry the real sync wrote: the real view model and view with the app's theme, timed on the FX
 * thread including the CSS and layout pass a frame would run (the table's cells are updated there).
 * Sorted by business name, as after a click on that column. Prints one {@code RESULT} line.
 * <p>Usage: {@code ScreenBench dataDir username baseUrl}; run in its own JVM (heap figures).
 */
public final class ScreenBench {
    private static final String WORD = "kowalski";

    private ScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                result.complete(measure(Path.of(args[0]), new Account(args[1], args[2])));
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

    private static String measure(Path root, Account account) throws Exception {
        double calibrationMs = Calibration.measureMs();
        HibernateProgramRegistry registry = AccountStore.openRegistryForReading(root, account,
                new io.adsdesk.threads.Threads("bench").cachedPool("cache"));
        new ThemeManager().apply(Theme.LIGHT);
        ProgramsViewModel model = new ProgramsViewModel(new CurrentThreadTaskExecutor());
        ProgramsView view = new ProgramsView(model);
        Scene scene = new Scene(view, 1280, 800);
        ThemeManager.style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        frame(view);

        long t0 = now();
        model.setRegistry(registry);
        frame(view);
        double loadMs = Stats.ms(now() - t0);
        int rows = model.totalCountProperty().get();

        // A click on the Business column header.
        TableView<?> table = (TableView<?>) view.lookup("#programs-table");
        TableColumn<?, ?> business = table.getColumns().stream().filter(c -> "Business".equals(c.getText())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Business column"));
        double sortMs = time(view, () -> sortBy(table, business));
        // Clicks on the same header: descending, ascending, ... (ends ascending, as the keystrokes expect).
        List<Double> sorts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            TableColumn.SortType direction = i % 2 == 0 ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING;
            sorts.add(time(view, () -> business.setSortType(direction)));
        }

        // The search index, as built when the search box gets the focus (in the app on a worker, here at once).
        double indexMs = time(view, model::prepareSearch);
        List<Double> keystrokes = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int i = 1; i <= WORD.length(); i++) {
                String typed = WORD.substring(0, i);
                keystrokes.add(time(view, () -> model.searchTextProperty().set(typed)));
            }
            keystrokes.add(time(view, () -> model.searchTextProperty().set("")));
        }

        List<BusinessOption> options = new ArrayList<>(model.businessOptions());
        List<Double> businessChanges = new ArrayList<>();
        for (int i = 1; i < Math.min(options.size(), 61); i++) {
            BusinessOption option = options.get(i);
            businessChanges.add(time(view, () -> model.businessProperty().set(option)));
        }
        businessChanges.add(time(view, () -> model.businessProperty().set(BusinessOption.ALL)));

        // The business drop-down: filling it with every option, and opening it.
        List<Double> fills = new ArrayList<>();
        List<Double> opens = new ArrayList<>();
        ComboBoxBase<?> box = (ComboBoxBase<?>) view.lookup("#business-filter");
        for (int i = 0; i < 11; i++) {
            fills.add(time(view, () -> model.businessOptions().setAll(options)));
            long started = now();
            box.show();
            frame(view);
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof PopupWindow && w.getScene() != null) {
                    frame(w.getScene().getRoot());
                }
            }
            opens.add(Stats.ms(now() - started));
            box.hide();
            frame(view);
        }

        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        long rssMb = rssKb() >> 10;
        stage.hide();
        registry.close();
        List<Double> fillsWarm = fills.subList(1, fills.size());
        List<Double> opensWarm = opens.subList(1, opens.size());
        return String.format(Locale.ROOT,
                "calibMs=%.2f rows=%d options=%d loadMs=%.1f indexMs=%.1f sortMs=%.1f sortMedian=%.2f sortP95=%.2f sortCount=%d "
                        + "keyMedian=%.2f keyP95=%.2f keyMax=%.2f keyCount=%d bizMedian=%.2f bizP95=%.2f bizMax=%.2f bizCount=%d "
                        + "fillMedian=%.2f fillP95=%.2f openMedian=%.2f openP95=%.2f heapMb=%d rssMb=%d",
                calibrationMs, rows, options.size() - 1, loadMs, indexMs, sortMs, Stats.median(sorts), Stats.p95(sorts), sorts.size(),
                Stats.median(keystrokes), Stats.p95(keystrokes), Stats.max(keystrokes), keystrokes.size(),
                Stats.median(businessChanges), Stats.p95(businessChanges), Stats.max(businessChanges), businessChanges.size(),
                Stats.median(fillsWarm), Stats.p95(fillsWarm), Stats.median(opensWarm), Stats.p95(opensWarm), heapMb, rssMb);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, TableColumn column) {
        table.getSortOrder().setAll(column);
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

    static long rssKb() {
        return statusKb(Path.of("/proc/self/status"), "VmRSS:");
    }

    /** A memory figure of a process's /proc status file, e.g. "VmRSS:" or "RssAnon:" (private memory). */
    static long statusKb(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
