package io.adsdesk.ui.features;

import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Features section of one program: the registry's copy at once (offline too, with the time it was
 * read), then Yelp's when that copy is older than {@link #STALE_AFTER}; Turn off; editors. Reads carry a
 * sequence number so a late answer for another program is dropped.
 */
public final class FeaturesViewModel {
    /** A copy older than this is read again when the program's details open. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private final TaskExecutor executor;
    private final Clock clock;
    private FeatureGateway gateway;
    private String programId;
    private List<String> available = List.of();
    private FeatureCopy copy;
    private long sequence;

    private final ObservableList<FeatureItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FeaturesState> state = new ReadOnlyObjectWrapper<>(this, "state", FeaturesState.UNAVAILABLE);
    private final ReadOnlyStringWrapper readAt = new ReadOnlyStringWrapper(this, "readAt", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasService = new ReadOnlyBooleanWrapper(this, "available");

    public FeaturesViewModel(TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** The open account's feature service; null when it has none. */
    public void setGateway(FeatureGateway gateway) {
        this.gateway = gateway;
        hasService.set(gateway != null);
        String id = programId;
        programId = null;
        show(id, available);
    }

    public FeatureGateway gateway() {
        return gateway;
    }

    TaskExecutor executor() {
        return executor;
    }

    /** Shows a program's features: the copy kept, then Yelp's if that one is missing or old. */
    public void show(String id, List<String> availableFeatures) {
        if (id != null && id.equals(programId) && copy != null) {
            return;
        }
        long seq = ++sequence;
        programId = id;
        available = availableFeatures == null ? List.of() : List.copyOf(availableFeatures);
        copy = null;
        message.set("");
        readAt.set("");
        showItems();
        FeatureGateway g = gateway;
        if (id == null || g == null) {
            state.set(FeaturesState.UNAVAILABLE);
            message.set(id == null ? "" : "Features can be read once the account is opened with its password.");
            return;
        }
        state.set(FeaturesState.LOADING);
        executor.submit(ctx -> java.util.Optional.ofNullable(g.cached(id)), TaskCallbacks.<java.util.Optional<FeatureCopy>, Void>of(kept -> {
            if (seq != sequence) {
                return;
            }
            kept.ifPresent(this::setCopy);
            if (copy == null || Duration.between(copy.readAt(), clock.instant()).compareTo(STALE_AFTER) > 0) {
                refresh();
            } else {
                state.set(FeaturesState.READY);
            }
        }, e -> {
            if (seq == sequence) {
                refresh();
            }
        }));
    }

    /** Reads the program's features from Yelp again. */
    public void refresh() {
        FeatureGateway g = gateway;
        String id = programId;
        if (g == null || id == null) {
            return;
        }
        long seq = ++sequence;
        state.set(copy == null ? FeaturesState.LOADING : FeaturesState.REFRESHING);
        message.set("");
        executor.submit(ctx -> g.read(id), TaskCallbacks.<FeatureCopy, Void>of(read -> {
            if (seq == sequence) {
                setCopy(read);
                state.set(FeaturesState.READY);
            }
        }, e -> {
            if (seq == sequence) {
                failed(e);
            }
        }));
    }

    private void failed(Throwable e) {
        if (e instanceof FeatureCallException f && f.kind() == FeatureCallException.Kind.NO_FEATURE_ACCESS) {
            state.set(FeaturesState.NO_ACCESS);
            message.set("Yelp did not let this account read program features. Feature calls need the account's "
                    + "Data Ingestion credentials; add them to read and change features.");
        } else if (e instanceof FeatureCallException f && f.kind() == FeatureCallException.Kind.REJECTED) {
            state.set(FeaturesState.FAILED);
            message.set("Yelp refused to read the features: " + f.getMessage());
        } else {
            state.set(FeaturesState.OFFLINE);
            message.set(copy == null ? "Yelp could not be reached and no copy of these features was read before."
                    : "Yelp could not be reached; showing the copy read " + readAt.get() + ".");
        }
    }

    /** Turns one feature off at Yelp. */
    public void turnOff(String type) {
        FeatureGateway g = gateway;
        String id = programId;
        if (g == null || id == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Turning " + Formats.feature(type).toLowerCase(java.util.Locale.ROOT) + " off…");
        executor.submit(ctx -> g.remove(id, type), TaskCallbacks.<FeatureCopy, Void>of(after -> {
            busy.set(false);
            if (id.equals(programId)) {
                setCopy(after);
                state.set(FeaturesState.READY);
                message.set(Formats.feature(type) + " is off.");
            }
        }, e -> {
            busy.set(false);
            if (e instanceof FeatureCallException f && f.kind() == FeatureCallException.Kind.NO_FEATURE_ACCESS && id.equals(programId)) {
                failed(e); // offers to add the Data Ingestion credentials
                return;
            }
            message.set("Could not turn " + Formats.feature(type).toLowerCase(java.util.Locale.ROOT) + " off: "
                    + FeatureEditorViewModel.plain(e));
        }));
    }

    /** An editor for one feature of the shown program, starting from the copy shown. */
    public FeatureEditorViewModel editor(String type) {
        Map<String, Object> value = copy == null ? null : copy.features().get(type);
        return new FeatureEditorViewModel(gateway, executor, programId, type, value, this::saved);
    }

    /** The portfolio of the shown program, from its YELP_PORTFOLIO feature as shown. */
    public PortfolioViewModel portfolio() {
        Map<String, Object> value = copy == null ? null : copy.features().get(FeatureTypes.PORTFOLIO);
        return new PortfolioViewModel(gateway, executor, programId, value, this::saved);
    }

    /** A bulk feature change for these programs, through the same feature service. */
    public BulkFeaturesViewModel bulk(List<String> programIds) {
        return new BulkFeaturesViewModel(gateway, executor, programIds);
    }

    /** After an editor saved: the copy Yelp answered with. */
    void saved(FeatureCopy after) {
        if (after.programId().equals(programId)) {
            setCopy(after);
            state.set(FeaturesState.READY);
        }
    }

    private void setCopy(FeatureCopy c) {
        copy = c;
        readAt.set(Formats.dateTime(c.readAt()) + " (" + ago(c.readAt()) + ")");
        showItems();
    }

    private String ago(Instant t) {
        long minutes = Math.max(0, Duration.between(t, clock.instant()).toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute ago" : " minutes ago");
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " hours ago" : hours / 24 + " days ago";
    }

    /** Every type Yelp returned (or, before any copy, every available one), known ones in their order. */
    private void showItems() {
        List<FeatureItem> rows = new ArrayList<>();
        FeatureGateway g = gateway;
        if (copy != null) {
            copy.features().forEach((type, value) -> rows.add(item(g, type, value)));
        } else {
            available.forEach(type -> rows.add(new FeatureItem(type, "Not read yet", false, FeatureTypes.known(type), null)));
        }
        rows.sort(java.util.Comparator.comparingInt(i -> {
            int at = FeatureTypes.KNOWN.indexOf(i.type());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        items.setAll(rows);
    }

    private static FeatureItem item(FeatureGateway g, String type, Map<String, Object> value) {
        boolean known = FeatureTypes.known(type);
        if (!known || g == null) {
            return new FeatureItem(type, "Not known to AdsDesk: shown as Yelp sent it", false, false, value);
        }
        return new FeatureItem(type, g.summary(type, value), g.isActive(type, value), true, value);
    }

    // ---- properties -----------------------------------------------------------------------

    public ObservableList<FeatureItem> items() { return items; }

    public ReadOnlyObjectProperty<FeaturesState> stateProperty() { return state.getReadOnlyProperty(); }

    /** "2026-03-04 09:15 (12 minutes ago)"; empty before a copy. */
    public ReadOnlyStringProperty readAtProperty() { return readAt.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Whether the open account has a feature service (false: opened without its password, or none open). */
    public ReadOnlyBooleanProperty availableProperty() { return hasService.getReadOnlyProperty(); }

    public String programId() { return programId; }
}
