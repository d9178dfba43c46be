package io.adsdesk.archfixtures.sync;

import io.adsdesk.archfixtures.queue.Poster;

/** Wrong: sync reaching up into the change queue. */
public final class SyncUsingQueue {
    public int run() {
        return new Poster().post();
    }
}
