package io.adsdesk.archfixtures.cyclea;

import io.adsdesk.archfixtures.cycleb.Second;

/** Breaks "no cycles between top-level packages", with {@link Second}. */
public final class First {
    public Second next() {
        return new Second();
    }
}
