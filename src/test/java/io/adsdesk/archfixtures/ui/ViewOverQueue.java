package io.adsdesk.archfixtures.ui;

import io.adsdesk.archfixtures.queue.Poster;

/** Allowed: a screen posting through the change queue. */
public final class ViewOverQueue {
    public int post() {
        return new Poster().post();
    }
}
