package io.adsdesk.ui.queue;

import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.BulkEdit;
import io.adsdesk.queue.QueueSandbox;
import io.adsdesk.sandbox.SandboxKnobs;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The panel's posting, without a stage, against the sandbox. */
class PostingViewModelTest {
    @TempDir
    Path dir;
    private QueueSandbox box;
    private final PendingChangesViewModel pending = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
    private final PostingViewModel posting = new PostingViewModel(new CurrentThreadTaskExecutor(), pending);
    private final AtomicInteger reloads = new AtomicInteger();

    private void open(int programs) throws Exception {
        box = new QueueSandbox(dir, programs);
        pending.setQueue(box.queue);
        posting.setPoster(box.queue, box.poster);
        posting.setOnPosted(reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        if (box != null) {
            box.close();
        }
    }

    @Test
    void postAllEmptiesThePendingListAndFillsTheHistory() throws Exception {
        open(80);
        List<String> ids = box.runningCpc(20);
        pending.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);
        assertEquals(20, pending.changes().size());
        long before = box.atYelp(ids.getFirst()).budget();

        posting.postAll();

        assertTrue(pending.changes().isEmpty(), "every change left the pending list");
        assertEquals(20, posting.history().size());
        assertTrue(posting.history().stream().allMatch(c -> c.state() == ChangeState.COMPLETED));
        assertEquals("20 completed.", posting.messageProperty().get());
        assertEquals(1, reloads.get(), "the table reloads once");
        assertFalse(posting.postingProperty().get());
        assertEquals(Math.round(before * 1.1), box.atYelp(ids.getFirst()).budget());
    }

    @Test
    void aRejectionKeepsYelpsReasonInTheHistory() throws Exception {
        open(40);
        List<String> ids = box.runningCpc(1);
        pending.queue(new BulkEdit.ChangeBudgetByAmount(1000), ids, null);
        box.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "CAMPAIGN_BUDGET_VIOLATES_PROMO_RESTRICTIONS");

        posting.postAll();

        PendingChange rejected = posting.history().getFirst();
        assertEquals(ChangeState.REJECTED, rejected.state());
        assertFalse(rejected.message() == null || rejected.message().isBlank(), "Yelp's reason is kept");
        assertEquals("1 rejected.", posting.messageProperty().get());
    }

    @Test
    void aConflictWaitsInThePanelUntilKeepMinePostsIt() throws Exception {
        open(40);
        String id = box.runningCpc(1).getFirst();
        long budget = box.atYelp(id).budget();
        pending.queue(new BulkEdit.SetBudget(budget + 5000), List.of(id), null);
        box.sandbox.account().changeBudget(id, budget + 100); // someone else, in Yelp's dashboard

        posting.postAll();
        assertEquals(1, pending.changes().size());
        assertEquals(ChangeState.CONFLICT, pending.changes().getFirst().change().state());
        assertEquals("1 conflict.", posting.messageProperty().get());

        posting.keepMine(List.of(pending.changes().getFirst().change().id()));

        assertTrue(pending.changes().isEmpty());
        assertEquals(budget + 5000, box.atYelp(id).budget());
        assertEquals(ChangeState.COMPLETED, posting.history().getFirst().state());
    }

    @Test
    void takeYelpsDropsTheConflictAndKeepsYelpsValue() throws Exception {
        open(40);
        String id = box.runningCpc(1).getFirst();
        long budget = box.atYelp(id).budget();
        pending.queue(new BulkEdit.SetBudget(budget + 5000), List.of(id), null);
        box.sandbox.account().changeBudget(id, budget + 100);
        posting.postAll();

        posting.takeYelps(List.of(pending.changes().getFirst().change().id()));

        assertTrue(pending.changes().isEmpty());
        assertEquals(budget + 100, box.atYelp(id).budget());
        assertEquals(ChangeState.CANCELLED, posting.history().getFirst().state());
    }
}
