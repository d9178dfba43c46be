package io.adsdesk.archfixtures.threads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Allowed: the one owner of threads creates them. */
public final class ThreadOwner {
    public ExecutorService sync() {
        return Executors.newSingleThreadExecutor(r -> new Thread(r, "sync"));
    }
}
