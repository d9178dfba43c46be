package io.adsdesk.queue;

import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.sandbox.SandboxKnobs;
import io.adsdesk.sandbox.SandboxStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangePosterTest {
    @TempDir
    Path dir;
    private QueueSandbox box;

    @AfterEach
    void close() {
        if (box != null) {
            box.close();
        }
    }

    private static List<Long> ids(QueueSnapshot s) {
        return s.open().stream().map(c -> c.change().id()).toList();
    }

    @Test
    void postingCompletesEveryChangeReadsProgramsBackAndAuditsEach() throws Exception {
        box = new QueueSandbox(dir, 120);
        List<String> programs = box.runningCpc(10);
        List<Long> before = programs.stream().map(id -> box.atYelp(id).budget()).toList();
        box.queue.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), programs, null);
        List<int[]> progress = Collections.synchronizedList(new ArrayList<>());

        PostReport report = box.poster.postAll((done, total, c) -> progress.add(new int[] {done, total}), () -> false);

        assertEquals(10, report.completed(), report.changes().toString());
        assertEquals(0, report.rejected());
        assertEquals(10, progress.size());
        assertTrue(progress.stream().allMatch(p -> p[1] == 10));
        assertTrue(progress.stream().anyMatch(p -> p[0] == 10));
        for (int i = 0; i < programs.size(); i++) {
            long expected = Math.round(before.get(i) * 1.1);
            assertEquals(expected, box.atYelp(programs.get(i)).budget(), "Yelp has the new budget");
            assertEquals(expected, box.inRegistry(programs.get(i)).budgetCents(), "read back into the registry");
            List<AuditEntry> audit = box.actions.auditLog(programs.get(i));
            assertEquals(1, audit.size());
            assertEquals("COMPLETED", audit.getFirst().outcome());
            assertNotNull(audit.getFirst().jobId());
            assertNotNull(audit.getFirst().beforeJson());
            assertNotNull(audit.getFirst().afterJson());
            assertNotNull(audit.getFirst().receiptJson());
        }
        assertTrue(box.queue.open().isEmpty());
        assertEquals(10, box.queue.history(100).stream().filter(c -> c.state() == ChangeState.COMPLETED).count());
    }

    @Test
    void aRejectionEndsRejectedWithTheReasonInPlainWords() throws Exception {
        box = new QueueSandbox(dir, 60);
        String id = box.runningCpc(1).getFirst();
        long budget = box.atYelp(id).budget();
        box.queue.queue(new BulkEdit.SetBudget(budget + 1000), List.of(id), null);
        box.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "CAMPAIGN_BUDGET_VIOLATES_PROMO_RESTRICTIONS");

        PostReport report = box.poster.postAll(PostProgress.NONE, () -> false);

        assertEquals(1, report.rejected());
        PendingChange c = report.changes().getFirst();
        assertEquals(ChangeState.REJECTED, c.state());
        assertTrue(c.message() != null && !c.message().isBlank() && !c.message().contains("CAMPAIGN_BUDGET"),
                "plain words: " + c.message());
        assertEquals(budget, box.atYelp(id).budget());
        assertEquals("REJECTED", box.actions.auditLog(id).getFirst().outcome());
        assertEquals(ChangeState.REJECTED, box.queue.history(10).getFirst().state());
    }

    @Test
    void aProgramChangedAtYelpIsAConflictAndKeepMinePostsIt() throws Exception {
        box = new QueueSandbox(dir, 60);
        String id = box.runningCpc(1).getFirst();
        long budget = box.atYelp(id).budget();
        box.queue.queue(new BulkEdit.SetBudget(budget + 5000), List.of(id), null);
        box.sandbox.account().changeBudget(id, budget + 100); // someone else, in Yelp's dashboard

        PostReport report = box.poster.postAll(PostProgress.NONE, () -> false);

        assertEquals(1, report.conflicts());
        PendingChange conflict = report.changes().getFirst();
        assertTrue(conflict.message().contains("now $"), conflict.message());
        assertEquals(budget + 100, box.atYelp(id).budget(), "nothing was sent");
        assertEquals(0, box.sandbox.stats().routeCount(SandboxStats.PROGRAM_EDIT));
        assertEquals(ChangeState.CONFLICT, box.queue.open().getFirst().state());

        report = box.poster.keepMine(List.of(conflict.id()), PostProgress.NONE, () -> false);

        assertEquals(1, report.completed(), report.changes().toString());
        assertEquals(budget + 5000, box.atYelp(id).budget());
        assertEquals(String.valueOf(budget + 100), report.changes().getFirst().oldValue(), "rebased on Yelp's value");
    }

    @Test
    void takeYelpsDropsTheChangeAndTheRegistryTakesYelpsValue() throws Exception {
        box = new QueueSandbox(dir, 60);
        String id = box.runningCpc(1).getFirst();
        long budget = box.atYelp(id).budget();
        box.queue.queue(new BulkEdit.SetBudget(budget + 5000), List.of(id), null);
        box.sandbox.account().changeBudget(id, budget + 100);
        PendingChange conflict = box.poster.postAll(PostProgress.NONE, () -> false).changes().getFirst();

        List<PendingChange> dropped = box.poster.takeYelps(List.of(conflict.id()));

        assertEquals(ChangeState.CANCELLED, dropped.getFirst().state());
        assertTrue(box.queue.open().isEmpty());
        assertEquals(budget + 100, box.inRegistry(id).budgetCents());
        assertEquals(budget + 100, box.atYelp(id).budget());
        assertEquals(ChangeState.CANCELLED, box.queue.history(5).getFirst().state());
    }

    @Test
    void cancelStopsNewProgramsAndFollowsTheSentOnesToTheEnd() throws Exception {
        box = new QueueSandbox(dir, 200);
        List<String> programs = box.runningCpc(30);
        box.queue.queue(new BulkEdit.ChangeBudgetByAmount(500), programs, null);
        AtomicBoolean cancel = new AtomicBoolean();

        PostReport report = box.poster.postAll((done, total, c) -> cancel.set(true), cancel::get);

        assertTrue(report.cancelled());
        int completed = report.completed();
        assertTrue(completed >= 1 && completed < 30, "completed " + completed);
        assertEquals(30 - completed, report.in(ChangeState.PENDING).size());
        assertEquals(completed, box.sandbox.stats().routeCount(SandboxStats.PROGRAM_EDIT), "only the sent ones");
        assertEquals(30 - completed, box.queue.open().size(), "the rest wait in the queue");
        assertTrue(box.queue.open().stream().allMatch(c -> c.state() == ChangeState.PENDING));

        report = box.poster.postAll(PostProgress.NONE, () -> false);
        assertEquals(30 - completed, report.completed());
    }

    @Test
    void neverMoreThanEightRequestsInFlight() throws Exception {
        box = new QueueSandbox(dir, 300);
        List<String> programs = box.runningCpc(40);
        box.queue.queue(new BulkEdit.ChangeBudgetByAmount(700), programs, null);
        box.sandbox.knobs().latencyMs(40);
        box.sandbox.stats().clear();

        PostReport report = box.poster.postAll(PostProgress.NONE, () -> false);

        assertEquals(40, report.completed());
        int peak = box.sandbox.stats().maxConcurrent();
        assertTrue(peak <= ChangePoster.MAX_IN_FLIGHT, "peak " + peak);
        assertTrue(peak > 1, "requests overlapped: peak " + peak);
    }

    @Test
    void slowJobsAreFollowedToTheEnd() throws Exception {
        box = new QueueSandbox(dir, 80);
        List<String> programs = box.runningCpc(3);
        box.sandbox.knobs().jobDelayMs(20_000);
        box.queue.queue(new BulkEdit.SetBudget(990000), programs, null);

        PostReport report = box.poster.postAll(PostProgress.NONE, () -> false);

        assertEquals(3, report.completed(), report.changes().toString());
        assertTrue(box.sandbox.stats().routeCount(SandboxStats.JOB_STATUS) > 3, "polled more than once");
        programs.forEach(id -> assertEquals(990000, box.atYelp(id).budget()));
    }

    @Test
    void pauseAndEndArePostedAfterTheProgramsEdit() throws Exception {
        box = new QueueSandbox(dir, 120);
        List<String> programs = box.runningCpc(2);
        box.queue.queue(new BulkEdit.Pause(), List.of(programs.get(0)), null);
        box.queue.queue(new BulkEdit.SetEndDate(QueueSandbox.TODAY.plusDays(40)), List.of(programs.get(1)), null);
        box.queue.queue(new BulkEdit.End(), List.of(programs.get(1)), null);

        PostReport report = box.poster.postAll(PostProgress.NONE, () -> false);

        assertEquals(3, report.completed(), report.changes().toString());
        assertTrue(box.atYelp(programs.get(0)).paused());
        assertTrue(box.inRegistry(programs.get(0)).paused());
        assertTrue(box.atYelp(programs.get(1)).ended());
    }

    @Test
    void anInvalidChangeIsNotPostedAndTheOthersAre() throws Exception {
        box = new QueueSandbox(dir, 120);
        List<String> programs = box.runningCpc(3);
        box.queue.queue(new BulkEdit.SetBudget(2000000), programs, null);
        long bad = box.queue.open().getFirst().id();
        box.queue.setNewValue(bad, "100");

        PostReport report = box.poster.postAll(PostProgress.NONE, () -> false);

        assertEquals(2, report.completed());
        assertEquals(List.of(bad), ids(box.queue.snapshot()));
        assertTrue(box.queue.snapshot().open().getFirst().blocked());
    }

    @Test
    void theQueueSurvivesARestartBetweenQueueingAndPosting() throws Exception {
        box = new QueueSandbox(dir, 80);
        List<String> programs = box.runningCpc(2);
        box.queue.queue(new BulkEdit.SetBudget(1230000), programs, null);
        box.restart();

        PostReport report = box.poster.postAll(PostProgress.NONE, () -> false);

        assertEquals(2, report.completed());
        programs.forEach(id -> assertEquals(1230000, box.atYelp(id).budget()));
    }
}
