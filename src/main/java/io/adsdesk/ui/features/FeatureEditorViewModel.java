package io.adsdesk.ui.features;

import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Editing one feature: checks the value with the gateway's validator (an error beside each field,
 * nothing sent while one shows), then re-reads the program's features and, when the feature changed
 * at Yelp since the editor opened, lists what changed until the user sends anyway or goes back.
 */
public final class FeatureEditorViewModel {
    public enum State { EDITING, SENDING, CONFLICT, SAVED }

    /** The key of errors that belong to no field of the form. */
    public static final String WHOLE = "";

    private final FeatureGateway gateway;
    private final TaskExecutor executor;
    private final String programId;
    private final String type;
    private final Map<String, Object> opened;
    private final Consumer<FeatureCopy> onSaved;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EDITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> conflictChanges = FXCollections.observableArrayList();
    private Map<String, Object> pending;
    private Set<String> shownFields = Set.of();

    FeatureEditorViewModel(FeatureGateway gateway, TaskExecutor executor, String programId, String type,
                           Map<String, Object> opened, Consumer<FeatureCopy> onSaved) {
        this.gateway = gateway;
        this.executor = executor;
        this.programId = programId;
        this.type = type;
        this.opened = opened == null ? Map.of() : opened;
        this.onSaved = onSaved;
    }

    /** Checks the value; sends it only when nothing is wrong, after checking Yelp's copy did not change. */
    public void save(Map<String, Object> value) {
        if (state.get() == State.SENDING || state.get() == State.SAVED) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        List<FeatureGateway.FeatureProblem> problems = gateway.validate(type, value);
        if (!problems.isEmpty()) {
            for (FeatureGateway.FeatureProblem p : problems) {
                ReadOnlyStringWrapper target = error(p.field() == null || !shownFields.contains(p.field()) ? WHOLE : p.field());
                target.set(target.get().isEmpty() ? p.message() : target.get() + " " + p.message());
            }
            message.set("Please correct the highlighted " + (problems.size() == 1 ? "value" : "values") + "; nothing was sent.");
            return;
        }
        pending = value;
        state.set(State.SENDING);
        message.set("Checking Yelp's copy…");
        executor.submit(ctx -> {
            FeatureCopy fresh = gateway.read(programId);
            Map<String, Object> now = fresh.features().get(type);
            List<String> changes = changes(opened, now == null ? Map.of() : now);
            return changes.isEmpty() ? gateway.save(programId, type, value) : changes;
        }, TaskCallbacks.<Object, Void>of(this::answered, this::failed));
    }

    /** After a conflict: sends the value anyway. */
    public void sendAnyway() {
        if (state.get() != State.CONFLICT || pending == null) {
            return;
        }
        Map<String, Object> value = pending;
        state.set(State.SENDING);
        message.set("Sending to Yelp…");
        executor.submit(ctx -> gateway.save(programId, type, value), TaskCallbacks.<Object, Void>of(this::answered, this::failed));
    }

    /** After a conflict: back to the form without sending. */
    public void keepEditing() {
        conflictChanges.clear();
        message.set("");
        state.set(State.EDITING);
    }

    private void answered(Object result) {
        if (result instanceof FeatureCopy after) {
            conflictChanges.clear();
            message.set(Formats.feature(type) + " saved.");
            state.set(State.SAVED);
            onSaved.accept(after);
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> changes = (List<String>) result;
        conflictChanges.setAll(changes);
        message.set("This feature changed at Yelp since you opened it. Review the changes, then send yours anyway or go back.");
        state.set(State.CONFLICT);
    }

    private void failed(Throwable e) {
        state.set(State.EDITING);
        message.set("Nothing was saved. " + plain(e));
    }

    /** A failure in one line of plain words. */
    static String plain(Throwable e) {
        if (e instanceof FeatureCallException f) {
            return switch (f.kind()) {
                case NO_FEATURE_ACCESS -> "Yelp did not let this account change features: add the account's Data Ingestion credentials.";
                case UNREACHABLE -> "Yelp could not be reached: " + f.getMessage();
                case REJECTED -> "Yelp refused the change: " + f.getMessage();
            };
        }
        return e.getMessage() == null ? "Something went wrong: " + e.getClass().getSimpleName() : e.getMessage();
    }

    /** "custom_radius: was 10, now 25 at Yelp", one per field that differs. */
    static List<String> changes(Map<String, Object> before, Map<String, Object> now) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(now.keySet());
        return keys.stream().filter(k -> !Objects.equals(before.get(k), now.get(k)))
                .map(k -> k + ": was " + shown(before.get(k)) + ", now " + shown(now.get(k)) + " at Yelp").toList();
    }

    private static String shown(Object v) {
        return v == null ? "empty" : v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    // ---- properties -----------------------------------------------------------------------

    /** The error beside a field (wire name), or {@link #WHOLE}. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return error(field).getReadOnlyProperty();
    }

    private ReadOnlyStringWrapper error(String field) {
        return errors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(this, "error-" + f, ""));
    }

    /** The fields the form shows; an error for any other goes beside the whole feature, so none is hidden. */
    public void setShownFields(Set<String> fields) {
        shownFields = Set.copyOf(fields);
    }

    public String type() { return type; }

    public String programId() { return programId; }

    /** The feature's object when the editor opened. */
    public Map<String, Object> opened() { return opened; }

    public String title() {
        return Formats.feature(type) + " · program " + programId;
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ObservableList<String> conflictChanges() { return conflictChanges; }
}
