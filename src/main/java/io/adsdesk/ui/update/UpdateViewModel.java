package io.adsdesk.ui.update;

import io.adsdesk.ui.common.BackgroundWork;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.update.Release;
import io.adsdesk.update.UpdateChecker;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The update notice: when the user allows it (Settings, on by default) and the release feed was not
 * asked in the last day, asks it on a worker and offers a newer release, if any. Failures show
 * nothing. FX-thread confined, like the settings it reads and writes.
 */
public final class UpdateViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateViewModel.class);

    private final TaskExecutor executor;
    private final Optional<UpdateChecker> checker;
    private final UiSettings settings;
    private final Runnable saveSettings;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Release> available = new ReadOnlyObjectWrapper<>(this, "available");

    /** @param checker empty when update checks are turned off for this installation (no feed) */
    public UpdateViewModel(TaskExecutor executor, Optional<UpdateChecker> checker, UiSettings settings,
                           Runnable saveSettings, Clock clock) {
        this.executor = executor;
        this.checker = checker;
        this.settings = settings;
        this.saveSettings = saveSettings;
        this.clock = clock;
    }

    /** A newer release to offer, or null. */
    public ReadOnlyObjectProperty<Release> availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Asks the feed if allowed and due; the time of asking is remembered first, so a failed ask counts too. */
    public void checkIfDue() {
        if (!settings.checkForUpdates || checker.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        if (!UpdateChecker.isDue(lastCheck(), now)) {
            return;
        }
        settings.lastUpdateCheck = now.toString();
        saveSettings.run();
        UpdateChecker feed = checker.get();
        BackgroundWork<Optional<Release>, Void> ask = context -> feed.newerRelease();
        executor.submit(ask, TaskCallbacks.of(
                release -> available.set(settings.checkForUpdates ? release.orElse(null) : null),
                error -> LOG.debug("Update check failed: {}", error.toString())));
    }

    /** The notice's close button, or update checks turned off: hidden until a later check finds a release again. */
    public void dismiss() {
        available.set(null);
    }

    private Instant lastCheck() {
        try {
            return settings.lastUpdateCheck == null ? null : Instant.parse(settings.lastUpdateCheck);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
