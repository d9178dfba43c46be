package io.adsdesk.app;

import io.adsdesk.threads.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingleInstanceTest {
    @TempDir
    Path dataRoot;
    private final Threads threads = new Threads("test");

    @AfterEach
    void closeThreads() {
        threads.close();
    }

    @Test
    void aSecondLaunchOnTheSameDataDirectoryBringsTheFirstToTheFrontAndExits() throws Exception {
        CountDownLatch activated = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.acquire(dataRoot, threads).orElseThrow()) {
            first.onActivate(activated::countDown);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process second = new ProcessBuilder(List.of(java, "-Dlogback.configurationFile=logback.xml",
                    "-cp", System.getProperty("java.class.path"), "io.adsdesk.app.Main", "--data-dir", dataRoot.toString()))
                    .redirectErrorStream(true).start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second launch exits by itself");
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertEquals(0, second.exitValue(), output);
            assertTrue(output.contains("already running"), output);
            assertTrue(activated.await(10, TimeUnit.SECONDS), "the first instance was asked to show its window");
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheFirstInstanceCloses() throws Exception {
        SingleInstance.acquire(dataRoot, threads).orElseThrow().close();
        try (SingleInstance again = SingleInstance.acquire(dataRoot, threads).orElseThrow()) {
            assertTrue(SingleInstance.activateRunning(dataRoot));
        }
    }
}
