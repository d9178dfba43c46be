package io.adsdesk.app;

import io.adsdesk.testing.ChildJvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard with the built-in demo account, in a child JVM on Monocle's headless platform, as a
 * user would start it with {@code --demo}; followed through its log file.
 */
final class DashboardProcess implements AutoCloseable {
    static final String SYNC_STARTED = "Sync started";
    static final String SYNC_FINISHED = "Sync finished: ";
    private static final long LIMIT_MS = 120_000;
    private static final long POLL_MS = 10;
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true", "-Xmx512m");

    private final Process process;
    private final Path log;

    private DashboardProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the dashboard on {@code data}, logging to {@code logDir}, with this demo latency per request. */
    static DashboardProcess launchDemo(Path data, Path logDir, long latencyMs) throws IOException {
        Files.createDirectories(logDir);
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.adsdesk(HEADLESS, List.of("--demo", "--data-dir", data.toString())));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("ADSDESK_DATA_DIR");
        pb.environment().put("ADSDESK_LOG_DIR", logDir.toString());
        pb.environment().put("ADSDESK_DEMO_LATENCY_MS", Long.toString(latencyMs));
        pb.redirectErrorStream(true).redirectOutput(logDir.resolve("console.txt").toFile());
        return new DashboardProcess(pb.start(), logDir.resolve("adsdesk.log"));
    }

    /** Waits until the log has a line containing {@code text}, and returns that line. */
    String await(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LIMIT_MS);
        while (System.nanoTime() < deadline) {
            String line = loggedLine(text);
            if (line != null) {
                return line;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the dashboard exited (" + process.exitValue() + ") before logging '" + text
                        + "'; log:\n" + logText());
            }
            Thread.sleep(POLL_MS);
        }
        throw new AssertionError("the dashboard did not log '" + text + "' in " + LIMIT_MS + " ms; log:\n" + logText());
    }

    /** The first logged line containing {@code text}, or null. */
    String loggedLine(String text) throws IOException {
        return logText().lines().filter(l -> l.contains(text)).findFirst().orElse(null);
    }

    /** SIGKILL (on Linux, {@link Process#destroyForcibly()}), then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the dashboard did not end after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private String logText() throws IOException {
        // Decoded leniently: the last line may be half written.
        return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    }
}
