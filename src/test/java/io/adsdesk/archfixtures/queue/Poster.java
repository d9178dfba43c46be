package io.adsdesk.archfixtures.queue;

/** Stands for the change queue's poster. */
public final class Poster {
    public int post() {
        return 0;
    }
}
