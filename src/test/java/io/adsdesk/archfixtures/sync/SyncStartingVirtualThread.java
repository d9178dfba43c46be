package io.adsdesk.archfixtures.sync;

/** Breaks "threads only from the owner": a virtual thread. */
final class SyncStartingVirtualThread {
    Thread start(Runnable work) {
        return Thread.ofVirtual().start(work);
    }
}
