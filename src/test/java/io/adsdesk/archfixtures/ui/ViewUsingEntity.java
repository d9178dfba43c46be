package io.adsdesk.archfixtures.ui;

import io.adsdesk.archfixtures.registry.ProgramRow;

/** Breaks "ui never imports registry internals". */
final class ViewUsingEntity {
    ProgramRow row() {
        return new ProgramRow();
    }
}
