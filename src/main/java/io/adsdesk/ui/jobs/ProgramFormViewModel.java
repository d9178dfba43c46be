package io.adsdesk.ui.jobs;

import io.adsdesk.actions.ActionResult;
import io.adsdesk.actions.Conflict;
import io.adsdesk.actions.FieldChange;
import io.adsdesk.actions.FieldError;
import io.adsdesk.actions.Money;
import io.adsdesk.actions.ProgramActions;
import io.adsdesk.actions.TrackedJob;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramType;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.model.command.EditProgram;
import io.adsdesk.model.command.PacingMethod;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The create / edit / duplicate form: inputs as properties, a per-field error for each, and a
 * submit command that checks locally, then runs {@link ProgramActions} on the executor. A
 * conflict (the program changed at Yelp) is shown as a list of changes until the user sends anyway.
 */
public final class ProgramFormViewModel {
    public enum Mode { CREATE, EDIT, DUPLICATE }

    public enum State { EDITING, SENDING, CONFLICT, SUBMITTED }

    private final ProgramActions actions;
    private final TaskExecutor executor;
    private final Mode mode;
    private final Program original;
    private final Consumer<TrackedJob> onSubmitted;

    private final StringProperty businessId = new SimpleStringProperty(this, "businessId");
    private final ObjectProperty<ProgramType> type = new SimpleObjectProperty<>(this, "type", ProgramType.CPC);
    private final StringProperty budgetText = new SimpleStringProperty(this, "budgetText", "");
    private final BooleanProperty autobid = new SimpleBooleanProperty(this, "autobid", true);
    private final StringProperty maxBidText = new SimpleStringProperty(this, "maxBidText", "");
    private final ObjectProperty<PacingMethod> pacing = new SimpleObjectProperty<>(this, "pacing");
    private final ObjectProperty<FeePeriod> feePeriod = new SimpleObjectProperty<>(this, "feePeriod");
    private final StringProperty categoriesText = new SimpleStringProperty(this, "categoriesText", "");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(this, "end");
    private final ObjectProperty<LocalDate> futureBudgetDate = new SimpleObjectProperty<>(this, "futureBudgetDate");

    private final Map<FormField, ReadOnlyStringWrapper> errors = new EnumMap<>(FormField.class);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EDITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper cpc = new ReadOnlyBooleanWrapper(this, "cpc");
    private final ObservableList<FieldChange> conflictChanges = FXCollections.observableArrayList();
    private final ObservableList<FieldChange> readOnlyChanges = FXCollections.unmodifiableObservableList(conflictChanges);
    private Conflict conflict;

    public ProgramFormViewModel(ProgramActions actions, TaskExecutor executor, Mode mode, Program original,
                                Consumer<TrackedJob> onSubmitted) {
        if (mode != Mode.CREATE && original == null) {
            throw new IllegalArgumentException(mode + " needs a program");
        }
        this.actions = actions;
        this.executor = executor;
        this.mode = mode;
        this.original = original;
        this.onSubmitted = onSubmitted;
        for (FormField f : FormField.values()) {
            errors.put(f, new ReadOnlyStringWrapper(this, "error-" + f.idSuffix(), ""));
        }
        cpc.bind(Bindings.createBooleanBinding(() -> type.get() == ProgramType.CPC, type));
        start.set(PacificDate.today());
        if (original != null) {
            prefill(original);
        }
    }

    private void prefill(Program p) {
        businessId.set(p.primaryBusinessId());
        type.set(typeOf(p.programType()));
        budgetText.set(p.budgetCents() == null ? "" : Money.format(p.budgetCents()).substring(1));
        autobid.set(!Boolean.FALSE.equals(p.autobid()));
        maxBidText.set(p.maxBidCents() == null ? "" : Money.format(p.maxBidCents()).substring(1));
        feePeriod.set(p.feePeriod());
        categoriesText.set(String.join(", ", p.adCategories()));
        if (mode == Mode.EDIT) {
            start.set(p.startDate());
            end.set(p.endDate());
        } else {
            CreateProgram copy = actions.duplicate(p, PacificDate.today());
            start.set(copy.start());
            autobid.set(Boolean.TRUE.equals(copy.autobid()) || copy.autobid() == null);
        }
    }

    private static ProgramType typeOf(String name) {
        try {
            return ProgramType.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    // ---- commands -------------------------------------------------------------------------

    /** Checks locally (nothing is sent when a field is wrong), then sends on the executor. */
    public void submit() {
        if (state.get() == State.SENDING || state.get() == State.SUBMITTED) {
            return;
        }
        clearErrors();
        FormRequests requests = new FormRequests();
        FormValues v = values();
        if (mode == Mode.EDIT) {
            EditProgram command = requests.edit(original, v);
            if (show(requests.errors(), actions.validator().validateEdit(original, command))) {
                send(() -> actions.edit(command));
            }
        } else {
            CreateProgram command = requests.create(v);
            if (show(requests.errors(), actions.validator().validateCreate(command))) {
                send(() -> mode == Mode.DUPLICATE ? actions.submitDuplicate(command) : actions.create(command));
            }
        }
    }

    /** After a conflict: sends the edit anyway, judged against Yelp's current copy. */
    public void sendAnyway() {
        Conflict c = conflict;
        if (state.get() == State.CONFLICT && c != null) {
            send(() -> actions.proceedDespiteConflict(c));
        }
    }

    /** After a conflict: back to the form without sending. */
    public void keepEditing() {
        conflict = null;
        conflictChanges.clear();
        message.set("");
        state.set(State.EDITING);
    }

    private interface Call {
        ActionResult run() throws Exception;
    }

    private void send(Call call) {
        state.set(State.SENDING);
        message.set("Sending to Yelp…");
        executor.submit(ctx -> call.run(), TaskCallbacks.<ActionResult, Void>of(this::apply, e -> {
            state.set(State.EDITING);
            message.set("Could not send: " + e.getMessage());
        }));
    }

    void apply(ActionResult result) {
        conflict = null;
        conflictChanges.clear();
        switch (result) {
            case ActionResult.Invalid invalid -> {
                show(Map.of(), invalid.errors());
                state.set(State.EDITING);
            }
            case ActionResult.ConflictFound found -> {
                conflict = found.conflict();
                conflictChanges.setAll(found.conflict().changes());
                message.set("This program changed at Yelp since the last sync. Review the changes, then send anyway or go back.");
                state.set(State.CONFLICT);
            }
            case ActionResult.Submitted submitted -> {
                message.set("Sent to Yelp as job " + submitted.job().jobId() + ". Follow it in Jobs.");
                state.set(State.SUBMITTED);
                onSubmitted.accept(submitted.job());
            }
            case ActionResult.Applied applied -> {
                message.set("Applied.");
                state.set(State.SUBMITTED);
            }
            case ActionResult.Failed failed -> {
                message.set(FailureText.of(failed.failure(), null));
                state.set(State.EDITING);
            }
        }
    }

    /**
     * Puts every error next to its field at once (text that is not an amount wins over "missing"
     * for the same field); true when there are none. An error for a field the form does not show
     * goes to the program as a whole, so none is hidden.
     */
    private boolean show(Map<FormField, String> parseErrors, List<FieldError> fieldErrors) {
        parseErrors.forEach((f, text) -> errors.get(f).set(text));
        for (FieldError e : fieldErrors) {
            FormField field = shown(FormField.ofWire(e.field()));
            ReadOnlyStringWrapper target = errors.get(field);
            String text = e.message();
            if (target.get().isEmpty()) {
                target.set(text);
            } else if (field == FormField.PROGRAM && !target.get().contains(text)) {
                target.set(target.get() + " " + text);
            }
        }
        boolean ok = parseErrors.isEmpty() && fieldErrors.isEmpty();
        message.set(ok ? "" : summary());
        return ok;
    }

    /** The field itself, or {@link FormField#PROGRAM} when the form does not show it. */
    private FormField shown(FormField field) {
        return isShown(field) ? field : FormField.PROGRAM;
    }

    /** Whether the form shows this field now: CPC-only rows only for CPC, the budget date only when editing. */
    public boolean isShown(FormField field) {
        return switch (field) {
            case BUDGET, AUTOBID, MAX_BID, PACING, FEE_PERIOD, CATEGORIES -> cpc.get();
            case FUTURE_BUDGET_DATE -> mode == Mode.EDIT && cpc.get();
            default -> true;
        };
    }

    /** "Please correct the 2 highlighted fields: Business, Monthly budget ($). Nothing was sent." */
    private String summary() {
        List<String> labels = fieldsInError().stream().map(FormField::label).toList();
        if (labels.isEmpty()) {
            return "Nothing was sent.";
        }
        String which = labels.size() == 1 ? "the highlighted field" : "the " + labels.size() + " highlighted fields";
        return "Please correct " + which + ": " + String.join(", ", labels) + ". Nothing was sent.";
    }

    /** The fields showing an error, in form order; the program as a whole is not one of them. */
    public List<FormField> fieldsInError() {
        return errors.entrySet().stream().filter(e -> e.getKey() != FormField.PROGRAM && !e.getValue().get().isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    private void clearErrors() {
        errors.values().forEach(e -> e.set(""));
        message.set("");
    }

    private FormValues values() {
        return new FormValues(businessId.get(), type.get(), budgetText.get(), autobid.get(), maxBidText.get(),
                pacing.get(), feePeriod.get(), categoriesText.get(), start.get(), end.get(), futureBudgetDate.get());
    }

    // ---- properties -----------------------------------------------------------------------

    public Mode mode() {
        return mode;
    }

    /** The program edited or duplicated; null for a new one. */
    public Program original() {
        return original;
    }

    public String title() {
        return switch (mode) {
            case CREATE -> "New program";
            case EDIT -> "Edit " + original.programType() + " program " + original.programId();
            case DUPLICATE -> "Duplicate " + original.programType() + " program " + original.programId();
        };
    }

    public ReadOnlyStringProperty errorProperty(FormField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public StringProperty businessIdProperty() { return businessId; }

    public ObjectProperty<ProgramType> typeProperty() { return type; }

    public StringProperty budgetTextProperty() { return budgetText; }

    public BooleanProperty autobidProperty() { return autobid; }

    public StringProperty maxBidTextProperty() { return maxBidText; }

    public ObjectProperty<PacingMethod> pacingProperty() { return pacing; }

    public ObjectProperty<FeePeriod> feePeriodProperty() { return feePeriod; }

    public StringProperty categoriesTextProperty() { return categoriesText; }

    public ObjectProperty<LocalDate> startProperty() { return start; }

    public ObjectProperty<LocalDate> endProperty() { return end; }

    public ObjectProperty<LocalDate> futureBudgetDateProperty() { return futureBudgetDate; }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty cpcProperty() { return cpc.getReadOnlyProperty(); }

    public ObservableList<FieldChange> conflictChanges() { return readOnlyChanges; }
}
