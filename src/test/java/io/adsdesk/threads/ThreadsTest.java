package io.adsdesk.threads;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadsTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @Test
    void everyThreadIsNamedAfterItsOwnerAndRoleAndPlatformThreadsAreDaemons() throws Exception {
        try (Threads threads = new Threads("adsdesk")) {
            CountDownLatch running = new CountDownLatch(5);
            CountDownLatch release = new CountDownLatch(1);
            Runnable hold = () -> {
                running.countDown();
                awaitQuietly(release);
            };
            threads.fixedPool("load", 1).execute(hold);
            threads.singleThread("sync").execute(hold);
            threads.cachedPool("actions").execute(hold);
            threads.virtualPerTask("http").execute(hold);
            threads.start("probe", hold);
            assertTrue(running.await(GENEROUS.toSeconds(), TimeUnit.SECONDS));

            Set<String> names = threads.liveThreads().stream().map(Thread::getName).collect(Collectors.toSet());
            assertEquals(Set.of("adsdesk-load-1", "adsdesk-sync-1", "adsdesk-actions-1", "adsdesk-http-1", "adsdesk-probe"),
                    names);
            assertTrue(threads.liveThreads().stream().filter(t -> !t.isVirtual()).allMatch(Thread::isDaemon));
            assertTrue(threads.liveThreads().stream().anyMatch(Thread::isVirtual), "virtual where asked");
            release.countDown();
        }
    }

    @Test
    void closingEndsEveryThreadEvenOnesThatWaitForever() throws Exception {
        Threads threads = new Threads("adsdesk");
        CountDownLatch started = new CountDownLatch(6);
        CountDownLatch never = new CountDownLatch(1);
        Runnable waitForever = () -> {
            started.countDown();
            awaitQuietly(never);
        };
        threads.fixedPool("load", 2).execute(waitForever);
        threads.singleThread("sync").execute(waitForever);
        threads.cachedPool("actions").execute(waitForever);
        threads.virtualPerTask("http").execute(waitForever);
        ScheduledExecutorService timer = threads.scheduler("jobs");
        timer.execute(waitForever);
        threads.start("preload", waitForever);
        assertTrue(started.await(GENEROUS.toSeconds(), TimeUnit.SECONDS));
        List<Thread> before = threads.liveThreads();
        assertEquals(6, before.size());

        threads.close();

        assertTrue(threads.awaitTermination(GENEROUS), "every thread ended: " + threads.liveThreads());
        for (Thread t : before) {
            t.join(GENEROUS);
            assertFalse(t.isAlive(), t.getName());
        }
        assertTrue(timer.isShutdown());
    }

    @Test
    void aClosedOwnerMakesNoNewThreads() {
        Threads threads = new Threads("adsdesk");
        threads.close();
        assertThrows(IllegalStateException.class, () -> threads.singleThread("late"));
        assertThrows(IllegalStateException.class, () -> threads.start("late", () -> { }));
    }

    @Test
    void aPoolShutDownByItsUserEndsItsThreadsWhileTheOwnerStaysOpen() throws Exception {
        try (Threads threads = new Threads("adsdesk")) {
            ExecutorService perSync = threads.fixedPool("sync-http", 2);
            Thread worker = perSync.submit(Thread::currentThread).get();
            assertTrue(threads.liveThreads().contains(worker));
            perSync.shutdown();
            worker.join(GENEROUS);
            assertFalse(threads.liveThreads().contains(worker));
            assertEquals("adsdesk-sync-db-1", threads.singleThread("sync-db").submit(() -> Thread.currentThread().getName()).get());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
