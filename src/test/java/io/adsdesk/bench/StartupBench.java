package io.adsdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the packaged app ({@code target/adsdesk.jar}) as a user would, on a data directory whose
 * last account is synced and whose API is unreachable, and reads from the app's own log when the
 * first frame with rows was laid out. Needs a display (the suite's script starts Xvfb).
 */
final class StartupBench {
    private static final Pattern FIRST_ROWS = Pattern.compile("First programs on screen: (\\d+) rows, (\\d+) ms after launch");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    /** One launch: time to the first frame with rows; memory once the rows are shown, if asked. */
    record Launch(long ms, int rows, long rssMb, long privateMb, long heapMb) {
    }

    private final Path jar;
    private final Path workDir;

    /** The JVM options the installers' launcher passes (jlink.json), but native access: set for every run. */
    static List<String> installedJvmOptions() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("jlink.json").toFile());
        List<String> options = new ArrayList<>();
        json.get("jvmOptions").forEach(o -> {
            if (!o.asText().startsWith("--enable-native-access")) {
                options.add(o.asText());
            }
        });
        return options;
    }

    StartupBench(Path jar, Path workDir) {
        this.jar = jar;
        this.workDir = workDir;
    }

    List<Launch> launches(Path dataDir, int runs, List<String> jvmOptions, boolean memory) throws Exception {
        List<Launch> result = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            result.add(launch(dataDir, jvmOptions, memory && i == runs - 1));
        }
        return result;
    }

    /**
     * A training run for the Java AOT cache (what the installers ship with): the app starts on the
     * data directory, shows its rows, and is closed normally, which writes the cache.
     */
    boolean trainAotCache(Path dataDir, Path cache) throws Exception {
        Files.deleteIfExists(cache);
        List<String> options = new ArrayList<>(installedJvmOptions());
        options.addAll(List.of("-XX:AOTCacheOutput=" + cache.toAbsolutePath(), "-Xlog:aot*=off"));
        launch(dataDir, options, false);
        return Files.exists(cache);
    }

    Launch launch(Path dataDir, List<String> jvmOptions, boolean memory) throws Exception {
        Path logs = Files.createTempDirectory(Files.createDirectories(workDir), "launch-logs");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(List.of("-jar", jar.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("console.txt").toFile());
        pb.environment().put("ADSDESK_LOG_DIR", logs.toString());
        Process app = pb.start();
        try {
            Matcher m = waitForFirstRows(logs.resolve("adsdesk.log"), app);
            long rss = -1;
            long anon = -1;
            long heap = -1;
            if (memory) {
                Thread.sleep(2000); // what a user sees a moment after the table appears
                Path status = Path.of("/proc", Long.toString(app.pid()), "status");
                rss = ScreenBench.statusKb(status, "VmRSS:") >> 10;
                anon = ScreenBench.statusKb(status, "RssAnon:") >> 10;
                jcmd(app.pid(), "GC.run");
                Matcher h = HEAP_USED.matcher(jcmd(app.pid(), "GC.heap_info"));
                heap = h.find() ? Long.parseLong(h.group(1)) >> 10 : -1;
            } else {
                Thread.sleep(500);
            }
            return new Launch(Long.parseLong(m.group(2)), Integer.parseInt(m.group(1)), rss, anon, heap);
        } finally {
            app.destroy(); // a normal close: SIGTERM
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
            SyncRuns.deleteTree(logs);
        }
    }

    private static Matcher waitForFirstRows(Path log, Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher m = FIRST_ROWS.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return m;
                }
            }
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited (" + app.exitValue() + ") before showing rows; see its log");
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no rows on screen within 120 s");
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
