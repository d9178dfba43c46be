package io.adsdesk.ui.accounts;

import io.adsdesk.registry.RegistryBackups.Backup;
import io.adsdesk.registry.RegistryDamagedException;
import io.adsdesk.registry.RegistryRecovery;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The damaged-registry dialog: what happened, the backups to restore (newest chosen), and the two
 * ways out, restore or rebuild from Yelp. Both run on the injected executor; {@code onRecovered}
 * then opens the account again (a rebuilt one syncs from Yelp as a first sync).
 */
public final class RecoveryViewModel {
    private final RegistryRecovery recovery;
    private final TaskExecutor executor;
    private final Runnable onRecovered;

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final ObjectProperty<Backup> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper(this, "canRestore");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");

    public RecoveryViewModel(RegistryDamagedException damage, RegistryRecovery recovery, TaskExecutor executor,
                             Runnable onRecovered) {
        this.recovery = recovery;
        this.executor = executor;
        this.onRecovered = onRecovered;
        problem.set(damage.getMessage());
        canRestore.bind(Bindings.createBooleanBinding(() -> chosen.get() != null && !busy.get(), chosen, busy));
    }

    /** Lists the backups (on a worker: it reads the account directory) and chooses the newest. */
    public void loadBackups() {
        executor.submit(ctx -> recovery.backups(), TaskCallbacks.<List<Backup>, Void>of(found -> {
            backups.setAll(found);
            chosen.set(found.isEmpty() ? null : found.getFirst());
        }, e -> error.set(AccountsViewModel.describe(e))));
    }

    /** Restores the chosen backup; the damaged file is kept beside it. */
    public void restore() {
        Backup backup = chosen.get();
        if (backup != null) {
            run(() -> recovery.restore(backup));
        }
    }

    /** Starts again from the newest readable backup's history, without programs; the next sync fetches them. */
    public void rebuild() {
        run(recovery::rebuild);
    }

    private void run(Runnable work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        executor.submit(ctx -> {
            work.run();
            return null;
        }, TaskCallbacks.<Object, Void>of(x -> {
            busy.set(false);
            done.set(true);
            onRecovered.run();
        }, e -> {
            busy.set(false);
            error.set(AccountsViewModel.describe(e));
        }));
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public ObjectProperty<Backup> chosenProperty() {
        return chosen;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once the registry was restored or rebuilt: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
