package io.adsdesk.archfixtures.ui;

import io.adsdesk.archfixtures.api.WireRequest;

/** Breaks "ui never imports api". */
final class ViewUsingWireType {
    WireRequest request() {
        return new WireRequest("budget=5000");
    }
}
