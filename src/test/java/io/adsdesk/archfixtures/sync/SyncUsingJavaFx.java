package io.adsdesk.archfixtures.sync;

import javafx.beans.property.SimpleIntegerProperty;

/** Breaks "JavaFX only in ui and app". */
final class SyncUsingJavaFx {
    final SimpleIntegerProperty progress = new SimpleIntegerProperty();
}
