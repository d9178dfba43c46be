package io.adsdesk.app;

import io.adsdesk.threads.Threads;

import java.lang.management.ManagementFactory;

/**
 * Gives back to the system the heap that the first load of programs grew: showing 100,000 programs
 * allocates far more than stays in use. Once the rows are on screen, one concurrent collection lets
 * G1 shrink the heap to the launcher's free-ratio bounds. Only when the launcher makes that
 * collection concurrent ({@code -XX:+ExplicitGCInvokesConcurrent}, jlink.json): otherwise
 * {@code System.gc()} would stop the app for a full collection, and nothing is done.
 */
final class HeapTrim {
    static final String CONCURRENT = "-XX:+ExplicitGCInvokesConcurrent";
    private static final long DELAY_MS = 500;

    private HeapTrim() {
    }

    static void afterFirstLoad(Threads threads) {
        threads.start("heap-trim", () -> {
            try {
                Thread.sleep(DELAY_MS);
                if (ManagementFactory.getRuntimeMXBean().getInputArguments().contains(CONCURRENT)) {
                    System.gc();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
