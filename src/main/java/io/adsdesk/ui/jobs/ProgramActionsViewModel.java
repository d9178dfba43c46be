package io.adsdesk.ui.jobs;

import io.adsdesk.actions.ActionResult;
import io.adsdesk.actions.FieldError;
import io.adsdesk.actions.ProgramActions;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.command.EndProgram;
import io.adsdesk.model.command.PauseProgram;
import io.adsdesk.model.command.ResumeProgram;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.sync.SyncNotice;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Program actions for the open account and the selected row: which are possible, the commands
 * (end, pause, resume run here; create, edit and duplicate hand out a {@link ProgramFormViewModel}),
 * the jobs panel and the audit log. Results become a {@link SyncNotice} in plain words.
 */
public final class ProgramActionsViewModel {
    private final TaskExecutor executor;
    private final Runnable onRegistryChanged;
    private final JobsViewModel jobs;
    private final AuditLogViewModel audit;
    private final ReadOnlyObjectWrapper<ProgramActions> actions = new ReadOnlyObjectWrapper<>(this, "actions");
    private final ObjectProperty<ProgramRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<SyncNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final BooleanBinding available = actions.isNotNull();
    private final BooleanBinding canChange;
    private final BooleanBinding canDuplicate;
    private final BooleanBinding canPause;
    private final BooleanBinding canResume;

    public ProgramActionsViewModel(TaskExecutor executor, Executor uiThread, Runnable onRegistryChanged) {
        this.executor = executor;
        this.onRegistryChanged = onRegistryChanged;
        this.jobs = new JobsViewModel(executor, uiThread, onRegistryChanged);
        this.audit = new AuditLogViewModel(executor, actions::get);
        canChange = Bindings.createBooleanBinding(() -> ready() && status() != ProgramStatus.PAST, actions, selected, busy);
        canDuplicate = Bindings.createBooleanBinding(this::ready, actions, selected, busy);
        canPause = Bindings.createBooleanBinding(() -> ready() && cpc() && status() == ProgramStatus.CURRENT, actions, selected, busy);
        canResume = Bindings.createBooleanBinding(() -> ready() && cpc() && status() == ProgramStatus.PAUSED, actions, selected, busy);
    }

    private boolean ready() {
        return actions.get() != null && selected.get() != null && !busy.get();
    }

    private ProgramStatus status() {
        return selected.get().status();
    }

    private boolean cpc() {
        return "CPC".equals(selected.get().program().programType());
    }

    /** The open account's actions; null when it has none (no password, nothing open). */
    public void setActions(ProgramActions next) {
        actions.set(next);
        jobs.setActions(next);
    }

    // ---- commands -------------------------------------------------------------------------

    public ProgramFormViewModel newProgramForm() {
        return form(ProgramFormViewModel.Mode.CREATE, null);
    }

    public ProgramFormViewModel editForm() {
        return form(ProgramFormViewModel.Mode.EDIT, selectedProgram());
    }

    public ProgramFormViewModel duplicateForm() {
        return form(ProgramFormViewModel.Mode.DUPLICATE, selectedProgram());
    }

    private ProgramFormViewModel form(ProgramFormViewModel.Mode mode, Program original) {
        return new ProgramFormViewModel(actions.get(), executor, mode, original, jobs::follow);
    }

    public Program selectedProgram() {
        ProgramRow row = selected.get();
        return row == null ? null : row.program();
    }

    /** Ends the selected program (after the view's confirmation); the job is followed in Jobs. */
    public void endSelected() {
        run("End", false, null);
    }

    public void pauseSelected() {
        run("Pause", true, true);
    }

    public void resumeSelected() {
        run("Resume", true, false);
    }

    private void run(String verb, boolean pauseOrResume, Boolean pause) {
        ProgramActions source = actions.get();
        Program p = selectedProgram();
        if (source == null || p == null || busy.get()) {
            return;
        }
        busy.set(true);
        String id = p.programId();
        executor.submit(ctx -> pauseOrResume ? (pause ? source.pause(new PauseProgram(id)) : source.resume(new ResumeProgram(id)))
                        : source.end(new EndProgram(id)),
                TaskCallbacks.<ActionResult, Void>of(r -> {
                    busy.set(false);
                    apply(verb, id, r, pause);
                }, e -> {
                    busy.set(false);
                    notice.set(new SyncNotice(SyncNotice.Kind.DANGER, verb + " failed", e.getMessage()));
                }));
    }

    private void apply(String verb, String id, ActionResult result, Boolean pause) {
        SyncNotice n = switch (result) {
            case ActionResult.Submitted s -> {
                jobs.follow(s.job());
                yield new SyncNotice(SyncNotice.Kind.INFO, verb + " sent",
                        verb + " of program " + id + " was sent to Yelp as job " + s.job().jobId() + ".");
            }
            case ActionResult.Applied a -> {
                onRegistryChanged.run();
                yield new SyncNotice(a.confirmed() ? SyncNotice.Kind.SUCCESS : SyncNotice.Kind.WARNING, verb + "d",
                        a.confirmed() ? "Program " + id + " is " + (pause ? "paused." : "running again.")
                                : "Yelp accepted the request; the change did not show yet. Sync later to check.");
            }
            case ActionResult.Invalid i -> new SyncNotice(SyncNotice.Kind.WARNING, verb + " not possible",
                    i.errors().stream().map(FieldError::message).collect(Collectors.joining(" ")));
            case ActionResult.Failed f -> new SyncNotice(SyncNotice.Kind.DANGER, verb + " failed", FailureText.of(f.failure(), pause));
            case ActionResult.ConflictFound c -> new SyncNotice(SyncNotice.Kind.WARNING, verb + " not sent",
                    "The program changed at Yelp since the last sync. Sync, then try again.");
        };
        notice.set(n);
    }

    // ---- properties -----------------------------------------------------------------------

    /** Bind to the programs table's selection. */
    public ObjectProperty<ProgramRow> selectedProperty() { return selected; }

    public ReadOnlyObjectProperty<ProgramActions> actionsProperty() { return actions.getReadOnlyProperty(); }

    public BooleanBinding availableBinding() { return available; }

    /** Edit, duplicate, end: a program is selected and has not ended. */
    public BooleanBinding canChangeBinding() { return canChange; }

    /** Any selected program, ended ones too. */
    public BooleanBinding canDuplicateBinding() { return canDuplicate; }

    public BooleanBinding canPauseBinding() { return canPause; }

    public BooleanBinding canResumeBinding() { return canResume; }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The latest outcome in plain words; the window shows it as a notification. */
    public ReadOnlyObjectProperty<SyncNotice> noticeProperty() { return notice.getReadOnlyProperty(); }

    public JobsViewModel jobs() { return jobs; }

    public AuditLogViewModel audit() { return audit; }
}
