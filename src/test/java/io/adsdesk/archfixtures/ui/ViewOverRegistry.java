package io.adsdesk.archfixtures.ui;

import io.adsdesk.archfixtures.model.PlainRecord;
import io.adsdesk.archfixtures.registry.Contents;
import io.adsdesk.archfixtures.registry.Registry;
import javafx.beans.property.SimpleStringProperty;

import java.util.List;

/** Allowed: JavaFX in ui, the registry interface and its records, model records. */
final class ViewOverRegistry {
    final SimpleStringProperty title = new SimpleStringProperty();

    List<PlainRecord> rows(Registry registry) {
        return new Contents(registry.findAll()).programs();
    }
}
