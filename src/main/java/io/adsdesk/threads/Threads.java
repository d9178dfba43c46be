package io.adsdesk.threads;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Creates every thread and executor of one process part (the app, a command, the sandbox) and ends
 * them together. Threads are named {@code prefix-role} or {@code prefix-role-N}, platform threads are
 * daemons, so a forgotten one never holds the JVM open. {@link #close()} shuts every executor down
 * and interrupts every thread it started; {@link #awaitTermination} waits for them to end.
 */
public final class Threads implements AutoCloseable {
    private final String prefix;
    private final List<ExecutorService> executors = new CopyOnWriteArrayList<>();
    private final Set<Thread> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @param prefix the start of every thread name, e.g. "adsdesk" or "sandbox" */
    public Threads(String prefix) {
        this.prefix = prefix;
    }

    /** {@code size} platform threads, e.g. for database reads. */
    public ExecutorService fixedPool(String role, int size) {
        return track(Executors.newFixedThreadPool(size, platform(role)));
    }

    /** One platform thread: the tasks run one after another, never side by side. */
    public ExecutorService singleThread(String role) {
        return track(Executors.newSingleThreadExecutor(platform(role)));
    }

    /** Platform threads made as needed and kept a minute when idle, for tasks that wait long (job polling). */
    public ExecutorService cachedPool(String role) {
        return track(Executors.newCachedThreadPool(platform(role)));
    }

    /** A virtual thread per task, for many short blocking exchanges (an HTTP server). */
    public ExecutorService virtualPerTask(String role) {
        ThreadFactory virtual = Thread.ofVirtual().name(prefix + "-" + role + "-", 1).factory();
        return track(Executors.newThreadPerTaskExecutor(tracked(virtual)));
    }

    /** One platform thread that runs tasks at given times. */
    public ScheduledExecutorService scheduler(String role) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(platform(role));
        track(s);
        return s;
    }

    /** Starts one daemon platform thread named {@code prefix-role}; {@link #close()} interrupts it. */
    public Thread start(String role, Runnable task) {
        checkOpen();
        Thread t = tracked(Thread.ofPlatform().daemon().name(prefix + "-" + role).factory()).newThread(task);
        t.start();
        return t;
    }

    /**
     * Registers {@code task} to run when the JVM shuts down (Ctrl+C, SIGTERM) on a thread named
     * {@code prefix-role}; pass the returned thread to {@link #removeShutdownHook} once it is no longer wanted.
     */
    public Thread addShutdownHook(String role, Runnable task) {
        Thread hook = Thread.ofPlatform().name(prefix + "-" + role).unstarted(task);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Removes a hook added by {@link #addShutdownHook}; nothing happens when the JVM is already shutting down. */
    public static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /** The threads made here that are still running, for diagnostics and tests. */
    public List<Thread> liveThreads() {
        return live.stream().filter(Thread::isAlive).toList();
    }

    /** Shuts every executor down now (running tasks are interrupted) and interrupts every thread started here. */
    @Override
    public void close() {
        closed = true;
        executors.forEach(ExecutorService::shutdownNow);
        live.forEach(Thread::interrupt);
    }

    /** After {@link #close()}: waits up to {@code limit} for every thread made here to end; true when all did. */
    public boolean awaitTermination(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (ExecutorService e : executors) {
            if (!e.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        for (Thread t : List.copyOf(live)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                return !t.isAlive() && liveThreads().isEmpty();
            }
        }
        return liveThreads().isEmpty();
    }

    private ThreadFactory platform(String role) {
        return tracked(Thread.ofPlatform().daemon().name(prefix + "-" + role + "-", 1).factory());
    }

    /** Every thread the factory makes is known until it ends. */
    private ThreadFactory tracked(ThreadFactory factory) {
        return task -> {
            Thread[] self = new Thread[1];
            Thread t = factory.newThread(() -> {
                try {
                    task.run();
                } finally {
                    live.remove(self[0]);
                }
            });
            self[0] = t;
            live.add(t);
            return t;
        };
    }

    private <E extends ExecutorService> E track(E executor) {
        checkOpen();
        executors.removeIf(ExecutorService::isTerminated);
        executors.add(executor);
        return executor;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("closed: no new threads");
        }
    }
}
