package io.adsdesk.actions;

import io.adsdesk.api.CreateRequest;
import io.adsdesk.api.EditRequest;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.model.Account;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.model.command.EditProgram;
import io.adsdesk.model.command.EndProgram;
import io.adsdesk.model.command.PauseProgram;
import io.adsdesk.model.command.ResumeProgram;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.registry.AuditStore;
import io.adsdesk.registry.ProgramRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Program actions for one account: create, edit, end, pause, resume, duplicate. Every action is
 * validated locally first, sent with this account's client only, logged in the audit log, and
 * (for create, edit, end) stored as a job that {@link #jobs()} follows to the end.
 *
 * <p>Blocking; call from a worker thread. A view model calls an action, switches on the
 * {@link ActionResult}, and for {@link ActionResult.Submitted} follows the job with
 * {@code jobs().await(jobId)} in a background task while a {@link JobListener} reports progress.
 */
public final class ProgramActions {
    /** Re-reads after a pause/resume until the new state shows. */
    static final List<Duration> CONFIRM_WAITS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));

    private final PartnerApiClient client;
    private final ProgramRegistry registry;
    private final AuditStore audit;
    private final JobTracker tracker;
    private final String account;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ActionValidator validator;
    private final ProgramReader reader;

    public ProgramActions(PartnerApiClient client, ProgramRegistry registry, JobTracker tracker, AuditStore audit,
                          String account, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.registry = registry;
        this.audit = audit;
        this.tracker = tracker;
        this.account = account;
        this.clock = clock;
        this.sleeper = sleeper;
        this.validator = new ActionValidator(clock);
        this.reader = new ProgramReader(client);
    }

    /**
     * Wires actions and jobs for one account over its registry. The client must point at the
     * account's base URL: jobs and audit lines are stored under the account and only its client
     * ever polls them.
     */
    public static ProgramActions forAccount(Account account, PartnerApiClient client, ProgramRegistry registry,
                                            Clock clock, Sleeper sleeper) {
        if (!client.settings().baseUrl().toString().equalsIgnoreCase(account.baseUrl())) {
            throw new IllegalArgumentException("the client is for " + client.settings().baseUrl()
                    + ", not the account's " + account.baseUrl());
        }
        String key = accountLabel(account);
        AuditStore audit = registry.auditStore();
        JobTracker tracker = new JobTracker(client, registry, registry.jobStore(), audit, key, clock, sleeper);
        return new ProgramActions(client, registry, tracker, audit, key, clock, sleeper);
    }

    /** How jobs and audit lines name the account: "username @ base URL". */
    public static String accountLabel(Account account) {
        return account.username() + " @ " + account.baseUrl();
    }

    public JobTracker jobs() {
        return tracker;
    }

    public ActionValidator validator() {
        return validator;
    }

    /** The audit log, newest first. */
    public List<AuditEntry> auditLog(int limit) {
        return audit.newestFirst(account, limit);
    }

    public List<AuditEntry> auditLog(String programId) {
        return audit.forProgram(account, programId);
    }

    public ActionResult create(CreateProgram command) throws InterruptedException {
        return submitCreate(command, "CREATE");
    }

    /** A create command copying the program, starting on {@code start} (today at the earliest). */
    public CreateProgram duplicate(Program original, LocalDate start) {
        return Duplicates.of(original, start, PacificDate.today(clock));
    }

    /** Sends a (possibly adjusted) {@link #duplicate} command; logged as DUPLICATE. */
    public ActionResult submitDuplicate(CreateProgram command) throws InterruptedException {
        return submitCreate(command, "DUPLICATE");
    }

    private ActionResult submitCreate(CreateProgram command, String action) throws InterruptedException {
        List<FieldError> errors = validator.validateCreate(command);
        if (!errors.isEmpty()) {
            return new ActionResult.Invalid(errors);
        }
        CreateRequest request = CreateRequest.of(command);
        String params = Snapshots.parameters(request.parameters());
        String jobId;
        try {
            jobId = client.createProgram(request);
        } catch (PartnerApiException e) {
            return failed(action, null, request.businessId(), null, params, ActionFailure.of(e));
        }
        AuditEntry line = audit.append(AuditEntry.of(clock.instant(), account, action, null, request.businessId(), null,
                params, jobId, JobStatus.PROCESSING.name(), null));
        return new ActionResult.Submitted(tracker.register(JobKind.CREATE, jobId, null, request.businessId(), params,
                line.id()));
    }

    /**
     * Re-reads the program first: if it changed at Yelp since the registry copy, returns
     * {@link ActionResult.ConflictFound} and sends nothing.
     */
    public ActionResult edit(EditProgram request) throws InterruptedException {
        String programId = request.programId();
        Optional<Program> stored = registry.findProgram(programId);
        if (stored.isPresent()) {
            List<FieldError> errors = validator.validateEdit(stored.get(), request);
            if (!errors.isEmpty()) {
                return new ActionResult.Invalid(errors);
            }
        }
        Live read = readLive(programId);
        if (read.problem() != null) {
            return read.problem();
        }
        Program live = read.program();
        if (stored.isPresent()) {
            List<FieldChange> changes = ConflictCheck.changes(stored.get(), live);
            if (!changes.isEmpty()) {
                return new ActionResult.ConflictFound(new Conflict(programId, request, changes, stored.get(), live));
            }
        }
        return sendEdit(live, request);
    }

    /** Sends the edit held by the conflict, judged against Yelp's copy, which the registry takes first. */
    public ActionResult proceedDespiteConflict(Conflict conflict) throws InterruptedException {
        registry.upsertProgram(conflict.live());
        return sendEdit(conflict.live(), conflict.request());
    }

    /**
     * Sends an edit judged against {@code live}, Yelp's copy just read, with no conflict check of its
     * own: for a caller that compared the values it changes itself (the change queue).
     */
    public ActionResult editAgainst(Program live, EditProgram command) throws InterruptedException {
        return sendEdit(live, command);
    }

    /** Yelp's copy of a program, read now with Program Info; empty when Yelp does not return it. */
    public Optional<Program> readProgram(String programId) throws PartnerApiException, InterruptedException {
        return reader.read(programId);
    }

    private ActionResult sendEdit(Program live, EditProgram command) throws InterruptedException {
        List<FieldError> errors = validator.validateEdit(live, command);
        if (!errors.isEmpty()) {
            return new ActionResult.Invalid(errors);
        }
        EditRequest request = EditRequest.of(command);
        String params = Snapshots.parameters(request.parameters());
        String jobId;
        try {
            jobId = client.editProgram(live.programId(), request);
        } catch (PartnerApiException e) {
            return failed("EDIT", live.programId(), live.primaryBusinessId(), live, params, ActionFailure.of(e));
        }
        return submitted(JobKind.EDIT, "EDIT", jobId, live, params);
    }

    public ActionResult end(EndProgram command) throws InterruptedException {
        String programId = command.programId();
        Live read = readLive(programId);
        if (read.problem() != null) {
            return read.problem();
        }
        Program live = read.program();
        List<FieldError> errors = validator.validateEnd(live);
        if (!errors.isEmpty()) {
            return new ActionResult.Invalid(errors);
        }
        String params = Snapshots.parameters(Map.of());
        String jobId;
        try {
            jobId = client.endProgram(programId);
        } catch (PartnerApiException e) {
            return failed("END", programId, live.primaryBusinessId(), live, params, ActionFailure.of(e));
        }
        return submitted(JobKind.END, "END", jobId, live, params);
    }

    public ActionResult pause(PauseProgram command) throws InterruptedException {
        return pauseOrResume(command.programId(), true);
    }

    public ActionResult resume(ResumeProgram command) throws InterruptedException {
        return pauseOrResume(command.programId(), false);
    }

    /** No job here: Yelp answers 202, and the change is confirmed by re-reading the program. */
    private ActionResult pauseOrResume(String programId, boolean pause) throws InterruptedException {
        String action = pause ? "PAUSE" : "RESUME";
        Optional<Program> before = registry.findProgram(programId);
        if (before.isPresent()) {
            List<FieldError> errors = validator.validatePause(before.get(), pause);
            if (!errors.isEmpty()) {
                return new ActionResult.Invalid(errors);
            }
        }
        String business = before.map(Program::primaryBusinessId).orElse(null);
        try {
            if (pause) {
                client.pauseProgram(programId);
            } else {
                client.resumeProgram(programId);
            }
        } catch (PartnerApiException e) {
            return failed(action, programId, business, before.orElse(null), null, ActionFailure.ofPause(e, pause));
        }
        Program after = null;
        try {
            for (int i = 0; ; i++) {
                after = reader.read(programId).orElse(null);
                if (after == null || after.paused() == pause || i >= CONFIRM_WAITS.size()) {
                    break;
                }
                sleeper.sleep(CONFIRM_WAITS.get(i));
            }
        } catch (PartnerApiException e) {
            after = null;
        }
        boolean confirmed = after != null && after.paused() == pause;
        if (after != null) {
            registry.upsertProgram(after);
        }
        String outcome = confirmed ? JobStatus.COMPLETED.name() : JobStatus.PROCESSING.name();
        AuditEntry line = audit.append(AuditEntry.of(clock.instant(), account, action, programId, business,
                Snapshots.program(before.orElse(null)), null, null, outcome,
                confirmed ? null : "Yelp accepted the request; the change did not show yet when re-read."));
        audit.complete(line.id(), programId, Snapshots.program(after), outcome, null, line.message());
        return new ActionResult.Applied(after, confirmed);
    }

    private ActionResult submitted(JobKind kind, String action, String jobId, Program before, String params) {
        AuditEntry line = audit.append(AuditEntry.of(clock.instant(), account, action, before.programId(),
                before.primaryBusinessId(), Snapshots.program(before), params, jobId, JobStatus.PROCESSING.name(), null));
        return new ActionResult.Submitted(tracker.register(kind, jobId, before.programId(), before.primaryBusinessId(),
                params, line.id()));
    }

    private ActionResult failed(String action, String programId, String businessId, Program before, String params,
                                ActionFailure failure) {
        audit.append(AuditEntry.of(clock.instant(), account, action, programId, businessId, Snapshots.program(before),
                params, null, JobStatus.FAILED.name(), failure.message()));
        return new ActionResult.Failed(failure);
    }

    /** Yelp's copy of a program, or why there is none: the read failed, or Yelp does not know the program. */
    private record Live(Program program, ActionResult problem) {
    }

    private Live readLive(String programId) throws InterruptedException {
        try {
            Program live = reader.read(programId).orElse(null);
            return live == null ? new Live(null, unknown(programId)) : new Live(live, null);
        } catch (PartnerApiException e) {
            return new Live(null, new ActionResult.Failed(ActionFailure.of(e)));
        }
    }

    private static ActionResult unknown(String programId) {
        return new ActionResult.Failed(new ActionFailure(ActionFailure.Reason.PROGRAM_UNKNOWN,
                "Yelp does not know program " + programId + " for this account.", "PROGRAM_NOT_FOUND", null));
    }
}
