package io.adsdesk.bench;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.programs.BusinessOption;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.programs.ProgramsViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dashboard's in-memory filtering on a synced registry, without the toolkit: the programs view
 * model's filtered and sorted lists (sorted by business name, as after a click on that column),
 * timed per keystroke of a search and per business change; plus the load, and the heap it takes.
 * <p>Usage: {@code FilterBenchmark dataDir username baseUrl}
 */
public final class FilterBenchmark {
    private FilterBenchmark() {
    }

    public static void main(String[] args) {
        Account account = new Account(args[1], args[2]);
        try (var registry = AccountStore.openRegistry(Path.of(args[0]), account)) {
            ProgramsViewModel model = new ProgramsViewModel(new CurrentThreadTaskExecutor());
            long t0 = System.nanoTime();
            model.setRegistry(registry);
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            model.comparatorProperty().set(Comparator.comparing(ProgramRow::businessName).thenComparing(ProgramRow::programId));
            int total = model.totalCountProperty().get();
            int options = model.businessOptions().size() - 1;

            List<Double> keystrokes = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                String word = "kowalski";
                for (int i = 1; i <= word.length(); i++) {
                    String typed = word.substring(0, i);
                    keystrokes.add(time(() -> model.searchTextProperty().set(typed)));
                }
                keystrokes.add(time(() -> model.searchTextProperty().set("")));
            }
            List<Double> businesses = new ArrayList<>();
            List<BusinessOption> all = new ArrayList<>(model.businessOptions());
            for (int i = 1; i < Math.min(all.size(), 60); i++) {
                BusinessOption option = all.get(i);
                businesses.add(time(() -> model.businessProperty().set(option)));
            }
            businesses.add(time(() -> model.businessProperty().set(BusinessOption.ALL)));

            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.printf("programs %d, business options %d, load into the view model %d ms%n", total, options, loadMs);
            System.out.printf("search keystroke (sorted by business): median %.1f ms, max %.1f ms over %d keystrokes%n",
                    median(keystrokes), max(keystrokes), keystrokes.size());
            System.out.printf("business change (sorted): median %.1f ms, max %.1f ms over %d changes%n",
                    median(businesses), max(businesses), businesses.size());
            System.out.printf("heap in use after GC with everything loaded: %d MB%n", heapMb);
        }
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> v) {
        List<Double> s = v.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
