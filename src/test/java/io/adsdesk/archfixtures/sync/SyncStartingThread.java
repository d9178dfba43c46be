package io.adsdesk.archfixtures.sync;

/** Breaks "threads only from the owner": a raw thread. */
final class SyncStartingThread {
    void start(Runnable work) {
        new Thread(work, "sync").start();
    }
}
