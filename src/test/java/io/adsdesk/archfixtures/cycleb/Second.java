package io.adsdesk.archfixtures.cycleb;

import io.adsdesk.archfixtures.cyclea.First;

/** Breaks "no cycles between top-level packages", with {@link First}. */
public final class Second {
    public First back() {
        return new First();
    }
}
