package io.adsdesk.ui.jobs;

import io.adsdesk.actions.ActionResult;
import io.adsdesk.actions.JobStatus;
import io.adsdesk.actions.TrackedJob;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.sandbox.SandboxBusiness;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobsViewModelTest {
    @TempDir
    Path dir;

    private ActionsSandbox box;
    private final AtomicInteger reloads = new AtomicInteger();
    private JobsViewModel jobs;

    @BeforeEach
    void start() throws Exception {
        box = new ActionsSandbox(dir);
        jobs = new JobsViewModel(new CurrentThreadTaskExecutor(), Runnable::run, reloads::incrementAndGet);
        jobs.setActions(box.actions);
    }

    @AfterEach
    void stop() {
        jobs.setActions(null);
        box.close();
    }

    private TrackedJob submit(String businessId) throws Exception {
        ActionResult r = box.actions.create(CreateProgram.cpc(businessId, PacificDate.today(), 2500, true, null));
        return assertInstanceOf(ActionResult.Submitted.class, r).job();
    }

    @Test
    void aCompletedJobIsListedOnceWithItsNewProgramAndReloadsTheTableOnce() throws Exception {
        jobs.follow(submit(box.openBusinessId()));

        assertEquals(1, jobs.jobs().size());
        JobItem item = jobs.jobs().getFirst();
        assertEquals(JobStatus.COMPLETED, item.status());
        assertEquals("COMPLETED", item.statusText());
        assertTrue(item.programId() != null && !item.programId().isBlank());
        assertEquals(1, reloads.get());
        assertEquals(0, jobs.unfinishedBinding().get());
    }

    @Test
    void aRejectedJobExplainsItsErrorCodesInPlainWordsAndDoesNotReload() throws Exception {
        String closed = box.sandbox.account().businesses().stream().filter(SandboxBusiness::closed)
                .map(SandboxBusiness::id).findFirst().orElseThrow();

        jobs.follow(submit(closed));

        JobItem item = jobs.jobs().getFirst();
        assertEquals(JobStatus.REJECTED, item.status());
        assertTrue(item.problems().contains("closed"), item.problems());
        assertEquals(0, reloads.get());
    }

    @Test
    void jobsOfTheAccountAreLoadedWhenItOpens() throws Exception {
        box.actions.jobs().await(submit(box.openBusinessId()).jobId());

        JobsViewModel fresh = new JobsViewModel(new CurrentThreadTaskExecutor(), Runnable::run, () -> { });
        fresh.setActions(box.actions);

        assertEquals(1, fresh.jobs().size());
        fresh.setActions(null);
    }
}
