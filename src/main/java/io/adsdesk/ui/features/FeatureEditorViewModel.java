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
 * nothing sent while one shows), then saves through the gateway's conflict-checked save: when the
 * feature changed at Yelp since the editor opened, nothing is sent and the editor says so in plain
 * words until the user keeps theirs (sent over Yelp's), takes Yelp's (nothing sent) or goes back.
 */
public final class FeatureEditorViewModel {
    /** TOOK_YELPS: the user dropped the edit for Yelp's value after a conflict; nothing was sent. */
    public enum State { EDITING, SENDING, CONFLICT, SAVED, TOOK_YELPS }

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
    private final javafx.beans.property.ReadOnlyBooleanWrapper needsCredentials =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "needsCredentials");
    private final ObservableList<String> conflictChanges = FXCollections.observableArrayList();
    private Map<String, Object> pending;
    private FeatureCopy atYelp;
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
        needsCredentials.set(false);
        send(false, "Checking Yelp's copy…");
    }

    /** After a conflict: sends the value over Yelp's. */
    public void keepMine() {
        if (state.get() != State.CONFLICT || pending == null) {
            return;
        }
        send(true, "Sending yours to Yelp…");
    }

    /** After a conflict: drops the edit and shows Yelp's value; nothing is sent. */
    public void takeYelps() {
        if (state.get() != State.CONFLICT || atYelp == null) {
            return;
        }
        conflictChanges.clear();
        message.set("Kept Yelp's value; nothing was sent.");
        state.set(State.TOOK_YELPS);
        onSaved.accept(atYelp);
    }

    /** After a conflict: back to the form without sending. */
    public void keepEditing() {
        conflictChanges.clear();
        message.set("");
        state.set(State.EDITING);
    }

    private void send(boolean overwrite, String doing) {
        Map<String, Object> value = pending;
        state.set(State.SENDING);
        message.set(doing);
        executor.submit(ctx -> gateway.save(programId, type, opened.isEmpty() ? null : opened, value, overwrite),
                TaskCallbacks.<FeatureGateway.SaveAnswer, Void>of(this::answered, this::failed));
    }

    private void answered(FeatureGateway.SaveAnswer answer) {
        if (answer.saved()) {
            conflictChanges.clear();
            message.set(Formats.feature(type) + " saved.");
            state.set(State.SAVED);
            onSaved.accept(answer.copy());
            return;
        }
        atYelp = answer.copy();
        Map<String, Object> now = atYelp.features().get(type);
        conflictChanges.setAll(
                "When you opened it: " + summary(opened),
                "Now at Yelp: " + summary(now),
                "Your edit: " + summary(pending));
        conflictChanges.addAll(changes(opened, now == null ? Map.of() : now));
        message.set("Someone changed this feature at Yelp after you opened it, so nothing was sent. Keep yours to "
                + "send it over Yelp's, or take Yelp's and drop your edit.");
        state.set(State.CONFLICT);
    }

    private String summary(Map<String, Object> value) {
        return value == null || value.isEmpty() ? "nothing set" : gateway.summary(type, value);
    }

    private void failed(Throwable e) {
        state.set(State.EDITING);
        needsCredentials.set(e instanceof FeatureCallException f && f.kind() == FeatureCallException.Kind.NO_FEATURE_ACCESS);
        message.set("Nothing was saved. " + plain(e));
    }

    /** After the Data Ingestion credentials were added: the edit is still here, ready to be saved again. */
    public void credentialsAdded() {
        if (needsCredentials.get() && state.get() == State.EDITING) {
            needsCredentials.set(false);
            message.set("Data Ingestion credentials saved. Press Save to Yelp to send your change.");
        }
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

    /** "Custom radius: was 10, now 25 at Yelp", one per field that differs. */
    static List<String> changes(Map<String, Object> before, Map<String, Object> now) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(now.keySet());
        return keys.stream().filter(k -> !Objects.equals(before.get(k), now.get(k)))
                .map(k -> field(k) + ": was " + shown(before.get(k)) + ", now " + shown(now.get(k)) + " at Yelp").toList();
    }

    /** "custom_radius" as "Custom radius". */
    private static String field(String wire) {
        String words = wire.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String shown(Object v) {
        if (v == null || (v instanceof java.util.Collection<?> c && c.isEmpty())) {
            return "empty";
        }
        return v instanceof String s ? "\"" + s + "\"" : v instanceof java.util.Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList())
                : v instanceof Boolean b ? (b ? "on" : "off") : String.valueOf(v);
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

    /** True after Yelp refused the save for want of feature access: the account's Data Ingestion credentials are needed. */
    public javafx.beans.property.ReadOnlyBooleanProperty needsCredentialsProperty() { return needsCredentials.getReadOnlyProperty(); }

    public ObservableList<String> conflictChanges() { return conflictChanges; }
}
