package io.adsdesk.bench;

import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.ProgramsView;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.testing.TestData;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Selecting every row of a large programs table and acting on the selection, in a JavaFX toolkit
 * (headless Monocle): the real view and view model with the app's theme. Reports the wall time of
 * each step (the CSS and layout pass of the next frame included) and the longest time the FX thread
 * kept other work waiting ({@link FxStallWatch}). Prints one {@code RESULT} line.
 * <p>Usage: {@code BulkChangeBench [programs]} (100,000 by default); run in its own JVM.
 */
public final class BulkChangeBench {
    private BulkChangeBench() {
    }

    public static void main(String[] args) throws Exception {
        int programs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        try (Threads threads = new Threads("bench")) {
            System.out.println("RESULT " + measure(programs, threads));
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private static String measure(int programs, Threads threads) throws Exception {
        double calibrationMs = Calibration.measureMs();
        MemoryRegistry registry = new MemoryRegistry();
        registry.upsertBusinesses(TestData.businesses(Math.max(40, programs / 50)));
        Instant at = Instant.parse("2026-03-15T10:00:00Z");
        SyncWrites.apply(registry, TestData.programs(programs, Math.max(40, programs / 50)), List.of(), Set.of(),
                new SyncRun(0, at, at, SyncOutcome.SYNCED, programs, 0, programs, programs, 0, 0, 1, null));
        Screen screen = fx(() -> {
            new ThemeManager().apply(Theme.LIGHT);
            ProgramsViewModel model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);
            ProgramsView view = new ProgramsView(model);
            Scene scene = new Scene(view, 1280, 800);
            ThemeManager.style(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            model.setRegistry(registry);
            model.prepareSearch(); // as when the search box gets the focus
            frame(view);
            return new Screen(model, view, (TableView<?>) view.lookup("#programs-table"));
        });
        try (FxStallWatch watch = new FxStallWatch(threads.scheduler("stall-watch"))) {
            Thread.sleep(200);
            watch.reset();
            double selectAllMs = fx(() -> time(screen.view(), () -> screen.table().getSelectionModel().selectAll()));
            Thread.sleep(50);
            double selectStall = watch.longestMs();
            int selected = fx(() -> screen.model().selection().countProperty().get());

            watch.reset();
            double sortMs = fx(() -> time(screen.view(), () -> sortByFirstColumn(screen.table())));
            Thread.sleep(50);
            double sortStall = watch.longestMs();
            int stillSelected = fx(() -> screen.model().selection().countProperty().get());

            watch.reset();
            double narrowMs = fx(() -> time(screen.view(), () -> screen.model().searchTextProperty().set("prog-0")));
            Thread.sleep(50);
            double narrowStall = watch.longestMs();
            int selectedAfterSearch = fx(() -> screen.model().selection().countProperty().get());

            return String.format(Locale.ROOT,
                    "calibMs=%.2f rows=%d selected=%d selectAllMs=%.1f selectAllStallMs=%.1f sortSelectedMs=%.1f sortStallMs=%.1f "
                            + "stillSelected=%d searchSelectedMs=%.1f searchStallMs=%.1f selectedAfterSearch=%d",
                    calibrationMs, programs, selected, selectAllMs, selectStall, sortMs, sortStall, stillSelected, narrowMs, narrowStall,
                    selectedAfterSearch);
        }
    }

    private record Screen(ProgramsViewModel model, ProgramsView view, TableView<?> table) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortByFirstColumn(TableView table) {
        table.getSortOrder().setAll(table.getColumns().get(3));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }

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
