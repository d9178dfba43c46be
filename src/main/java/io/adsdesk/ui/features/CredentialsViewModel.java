package io.adsdesk.ui.features;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Arrays;

/**
 * The Data Ingestion credentials form: both fields required, stored through the feature gateway on a
 * worker, then the features are read again with them.
 */
public final class CredentialsViewModel {
    private final FeaturesViewModel features;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public CredentialsViewModel(FeaturesViewModel features) {
        this.features = features;
    }

    /** Stores the credentials; the password array is cleared once stored. */
    public void save(String username, char[] password) {
        FeatureGateway g = features.gateway();
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            error.set("Username and password are required.");
            return;
        }
        if (g == null || busy.get()) {
            return;
        }
        error.set("");
        busy.set(true);
        String user = username.strip();
        features.executor().submit(ctx -> {
            try {
                g.saveDataIngestionCredentials(user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return Boolean.TRUE;
        }, io.adsdesk.ui.common.TaskCallbacks.<Boolean, Void>of(ok -> {
            busy.set(false);
            saved.set(true);
            features.refresh();
        }, e -> {
            busy.set(false);
            error.set("The credentials were not stored: " + FeatureEditorViewModel.plain(e));
        }));
    }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty savedProperty() { return saved.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
