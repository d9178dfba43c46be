package io.adsdesk.actions;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.command.EditProgram;
import io.adsdesk.model.command.EndProgram;
import io.adsdesk.model.command.PauseProgram;
import io.adsdesk.model.command.ResumeProgram;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.sandbox.SandboxKnobs;
import io.adsdesk.sandbox.SandboxProgram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edit, end, pause and resume against the sandbox: jobs, read-back, conflicts, failures. */
class ChangeActionsTest {
    @TempDir
    Path dir;
    private SandboxFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new SandboxFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private TrackedJob await(ActionResult result) throws InterruptedException {
        return f.actions.jobs().await(assertInstanceOf(ActionResult.Submitted.class, result).job().jobId());
    }

    @Test
    void anEditChangesTheBudgetAtYelpAndInTheRegistryAndLogsBeforeAndAfter() throws Exception {
        SandboxProgram p = f.runningCpc(true);
        f.mirror(p.id());
        long newBudget = p.budget() + 10_000;

        TrackedJob job = await(f.actions.edit(EditProgram.budget(p.id(), newBudget)));

        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(newBudget, f.registry.findProgram(p.id()).orElseThrow().budgetCents());
        assertEquals(newBudget, f.sandbox.account().program(p.id()).orElseThrow().budget());
        AuditEntry line = f.actions.auditLog(p.id()).getFirst();
        assertEquals("EDIT", line.action());
        assertTrue(line.beforeJson().contains("\"budget_cents\":" + p.budget()), line.beforeJson());
        assertTrue(line.afterJson().contains("\"budget_cents\":" + newBudget), line.afterJson());
        assertEquals(job.jobId(), line.jobId());
    }

    @Test
    void anOutOfBandChangeIsAConflictAndNothingIsSentUntilConfirmed() throws Exception {
        SandboxProgram p = f.runningCpc(true);
        f.mirror(p.id());
        f.sandbox.account().changeBudget(p.id(), p.budget() + 777);
        int jobsBefore = f.actions.jobs().recent(100).size();

        ActionResult result = f.actions.edit(EditProgram.budget(p.id(), p.budget() + 5_000));

        Conflict conflict = assertInstanceOf(ActionResult.ConflictFound.class, result).conflict();
        assertEquals(List.of(new FieldChange("budget", Money.format(p.budget()), Money.format(p.budget() + 777))),
                conflict.changes());
        assertEquals(jobsBefore, f.actions.jobs().recent(100).size(), "nothing sent");
        assertEquals(p.budget() + 777, f.sandbox.account().program(p.id()).orElseThrow().budget());

        TrackedJob job = await(f.actions.proceedDespiteConflict(conflict));

        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(p.budget() + 5_000, f.registry.findProgram(p.id()).orElseThrow().budgetCents());
    }

    @Test
    void aForcedEditRejectionLeavesTheProgramAsItWas() throws Exception {
        SandboxProgram p = f.runningCpc(true);
        f.mirror(p.id());
        f.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "COULD_NOT_MODIFY_PROGRAM");

        TrackedJob job = await(f.actions.edit(EditProgram.budget(p.id(), p.budget() + 100)));

        assertEquals(JobStatus.REJECTED, job.status());
        assertEquals(ErrorCodes.describe("COULD_NOT_MODIFY_PROGRAM", null), job.problems().getFirst());
        assertEquals(p.budget(), f.registry.findProgram(p.id()).orElseThrow().budgetCents());
    }

    @Test
    void aPartialEditAppliesTheFirstFieldAndReportsTheRest() throws Exception {
        SandboxProgram p = f.runningCpc(true);
        f.mirror(p.id());
        f.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.PARTIAL, "INVALID_OR_MISSING_KEY");

        TrackedJob job = await(f.actions.edit(
                EditProgram.budget(p.id(), p.budget() + 100).withEnd(SandboxFixture.TODAY.plusDays(60))));

        assertEquals(JobStatus.PARTIAL, job.status());
        assertEquals(List.of("INVALID_OR_MISSING_KEY"), job.errorCodes());
    }

    @Test
    void theSandboxRejectsABudgetBelowWhatWasSpent() throws Exception {
        SandboxProgram p = f.sandbox.account().programs().stream()
                .filter(q -> q.type().equals("CPC") && q.active(SandboxFixture.TODAY) && q.autobid()
                        && q.adCost() > 2600 && q.adCost() < q.budget())
                .filter(q -> f.sandbox.account().business(q.businessIds().getFirst())
                        .map(b -> !b.closed() && !b.removedFromSearch()).orElse(false))
                .findFirst().orElseThrow();
        f.mirror(p.id());

        TrackedJob job = await(f.actions.edit(EditProgram.budget(p.id(), 2500)));

        assertEquals(JobStatus.REJECTED, job.status());
        assertEquals(List.of("CANNOT_DECREASE_BUDGET_BELOW_AMOUNT_ALREADY_SPENT"), job.errorCodes());
    }

    @Test
    void endingAProgramMovesItToPastInTheRegistry() throws Exception {
        SandboxProgram p = f.runningCpc(false);
        f.mirror(p.id());

        TrackedJob job = await(f.actions.end(new EndProgram(p.id())));

        assertEquals(JobStatus.COMPLETED, job.status());
        Program ended = f.registry.findProgram(p.id()).orElseThrow();
        assertEquals(ProgramStatus.PAST, ended.status(SandboxFixture.TODAY));
        assertEquals("END", f.actions.auditLog(p.id()).getFirst().action());
    }

    @Test
    void endingAnAlreadyEndedProgramIsRefusedLocally() throws Exception {
        SandboxProgram p = f.runningCpc(false);
        f.sandbox.account().endProgram(p.id());
        assertInstanceOf(ActionResult.Invalid.class, f.actions.end(new EndProgram(p.id())));
    }

    @Test
    void aForcedEndRejectionIsReported() throws Exception {
        SandboxProgram p = f.runningCpc(false);
        f.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "PROGRAM_HAS_EXPIRED");
        TrackedJob job = await(f.actions.end(new EndProgram(p.id())));
        assertEquals(List.of("PROGRAM_HAS_EXPIRED"), job.errorCodes());
        assertEquals(JobStatus.REJECTED, job.status());
    }

    @Test
    void anUnknownProgramFailsClearlyWithoutSending() throws Exception {
        ActionResult r = f.actions.end(new EndProgram("AAAAAAAAAAAAAAAAAAAAAA"));
        assertEquals(ActionFailure.Reason.PROGRAM_UNKNOWN, assertInstanceOf(ActionResult.Failed.class, r).failure().reason());
    }

    @Test
    void aPendingJobSurvivesARestartAndANewTrackerFinishesIt() throws Exception {
        SandboxProgram p = f.runningCpc(true);
        f.mirror(p.id());
        f.sandbox.knobs().jobDelayMs(40_000);
        TrackedJob job = assertInstanceOf(ActionResult.Submitted.class,
                f.actions.edit(EditProgram.budget(p.id(), p.budget() + 2_000))).job();
        assertEquals(JobStatus.PROCESSING, f.actions.jobs().pollOnce(job.jobId()).status());

        f.restart();
        assertEquals(List.of(job.jobId()), f.actions.jobs().pending().stream().map(TrackedJob::jobId).toList());
        List<TrackedJob> resumed = f.actions.jobs().resumePending();

        assertEquals(JobStatus.COMPLETED, resumed.getFirst().status());
        assertTrue(resumed.getFirst().finished());
        assertTrue(f.actions.jobs().pending().isEmpty());
        assertEquals(p.budget() + 2_000, f.registry.findProgram(p.id()).orElseThrow().budgetCents());
        assertEquals("COMPLETED", f.actions.auditLog(p.id()).getFirst().outcome());
    }

    @Test
    void pauseAndResumeAreConfirmedByReadingTheProgramBack() throws Exception {
        SandboxProgram p = f.runningCpc(true);
        f.mirror(p.id());

        ActionResult.Applied paused = assertInstanceOf(ActionResult.Applied.class, f.actions.pause(new PauseProgram(p.id())));
        assertTrue(paused.confirmed());
        assertTrue(f.registry.findProgram(p.id()).orElseThrow().paused());

        ActionResult.Applied resumed = assertInstanceOf(ActionResult.Applied.class, f.actions.resume(new ResumeProgram(p.id())));
        assertTrue(resumed.confirmed());
        assertFalse(f.registry.findProgram(p.id()).orElseThrow().paused());
        assertEquals(List.of("RESUME", "PAUSE"), f.actions.auditLog(p.id()).stream().map(AuditEntry::action).toList());
    }

    @Test
    void pausingANonCpcProgramIsAClearFailureFromYelpOrLocally() throws Exception {
        SandboxProgram p = f.runningOfType("CPC");

        ActionResult fromYelp = f.actions.pause(new PauseProgram(p.id()));
        ActionFailure failure = assertInstanceOf(ActionResult.Failed.class, fromYelp).failure();
        assertEquals(ActionFailure.Reason.NOT_ALLOWED_FOR_PROGRAM, failure.reason());
        assertTrue(failure.message().startsWith("This program cannot be paused"), failure.message());

        f.mirror(p.id());
        ActionResult local = f.actions.pause(new PauseProgram(p.id()));
        assertEquals("Only CPC programs can be paused or resumed.",
                assertInstanceOf(ActionResult.Invalid.class, local).errors().getFirst().message());
    }

    @Test
    void anAccountWithoutPauseGetsNotEnabled() throws Exception {
        f.sandbox.knobs().pauseForbidden(true);
        SandboxProgram p = f.runningCpc(true);

        ActionFailure failure = assertInstanceOf(ActionResult.Failed.class, f.actions.pause(new PauseProgram(p.id()))).failure();

        assertEquals(ActionFailure.Reason.FEATURE_NOT_ENABLED, failure.reason());
        assertTrue(failure.message().contains("not enabled for this account"));
        assertEquals("FAILED", f.actions.auditLog(p.id()).getFirst().outcome());
    }
}
