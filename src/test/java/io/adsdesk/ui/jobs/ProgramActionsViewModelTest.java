package io.adsdesk.ui.jobs;

import io.adsdesk.actions.JobStatus;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.sync.SyncNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramActionsViewModelTest {
    @TempDir
    Path dir;

    private ActionsSandbox box;
    private final AtomicInteger reloads = new AtomicInteger();
    private ProgramActionsViewModel model;

    @BeforeEach
    void start() throws Exception {
        box = new ActionsSandbox(dir);
        model = new ProgramActionsViewModel(new CurrentThreadTaskExecutor(), Runnable::run, reloads::incrementAndGet);
        model.setActions(box.actions);
    }

    @AfterEach
    void stop() {
        model.setActions(null);
        box.close();
    }

    private Program select(SandboxProgram p) throws Exception {
        Program program = box.mirror(p.id());
        model.selectedProperty().set(new ProgramRow(program, program.status(PacificDate.today()), "Biz",
                program.primaryBusinessId(), List.of(program.primaryBusinessId()), List.of("Biz"), p.id()));
        return program;
    }

    @Test
    void pausingWhenTheAccountLacksTheFeatureSaysSoInPlainWords() throws Exception {
        select(box.runningCpc());
        box.sandbox.knobs().pauseForbidden(true);

        model.pauseSelected();

        SyncNotice notice = model.noticeProperty().get();
        assertEquals(SyncNotice.Kind.DANGER, notice.kind());
        assertEquals("Pausing is not enabled for this account. Ask Yelp to enable it.", notice.text());
        assertEquals(0, reloads.get());
    }

    @Test
    void pausingARunningCpcProgramIsConfirmedAndReloadsTheTable() throws Exception {
        select(box.runningCpc());
        assertTrue(model.canPauseBinding().get());
        assertFalse(model.canResumeBinding().get());

        model.pauseSelected();

        assertEquals(SyncNotice.Kind.SUCCESS, model.noticeProperty().get().kind());
        assertEquals(1, reloads.get());
    }

    @Test
    void endingTheSelectedProgramIsFollowedAsAJobToCompletion() throws Exception {
        SandboxProgram p = box.runningCpc();
        select(p);

        model.endSelected();

        JobItem job = model.jobs().jobs().getFirst();
        assertEquals("END", job.kind());
        assertEquals(p.id(), job.programId());
        assertEquals(JobStatus.COMPLETED, job.status());
        assertEquals(1, reloads.get());
    }

    @Test
    void nothingIsPossibleWithoutActionsOrSelection() throws Exception {
        assertFalse(model.canChangeBinding().get());
        select(box.runningCpc());
        assertTrue(model.canChangeBinding().get());

        model.setActions(null);

        assertFalse(model.canChangeBinding().get());
        assertFalse(model.canPauseBinding().get());
    }

    @Test
    void theAuditLogListsNewestFirstAndExportsCsv() throws Exception {
        select(box.runningCpc());
        model.pauseSelected();
        model.endSelected();

        model.audit().load();

        assertEquals(List.of("END", "PAUSE"), model.audit().entries().stream().map(e -> e.action()).toList());
        Path csv = dir.resolve("audit.csv");
        model.audit().exportCsv(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.getFirst().startsWith("\uFEFFat,account,action"), lines.getFirst());
        assertEquals(3, lines.size());
        assertTrue(model.audit().statusProperty().get().startsWith("Exported 2 entries"));
    }
}
