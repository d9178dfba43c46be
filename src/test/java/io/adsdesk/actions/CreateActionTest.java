package io.adsdesk.actions;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.model.command.PacingMethod;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.sandbox.SandboxBusiness;
import io.adsdesk.sandbox.SandboxKnobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Create and duplicate against the sandbox, through jobs, read-back and the audit log. */
class CreateActionTest {
    @TempDir
    Path dir;
    private SandboxFixture f;
    private SandboxBusiness business;

    @BeforeEach
    void start() throws Exception {
        f = new SandboxFixture(dir);
        business = f.openBusiness(0);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private CreateProgram cpc(String dollars) {
        return new CreateProgram(business.id(), "CPC", null, SandboxFixture.TODAY, null, Money.parseDollars(dollars),
                null, true, null, PacingMethod.PACED, FeePeriod.CALENDAR_MONTH, List.of(business.categories().getFirst()));
    }

    private TrackedJob submitAndAwait(ActionResult result) throws InterruptedException {
        TrackedJob job = assertInstanceOf(ActionResult.Submitted.class, result).job();
        assertEquals(JobStatus.PROCESSING, job.status());
        assertTrue(f.actions.jobs().find(job.jobId()).isPresent(), "stored before the first poll");
        return f.actions.jobs().await(job.jobId());
    }

    @Test
    void twentyFiveDollarsGoOutAsTwoThousandFiveHundredCentsAndComeBackAsTwentyFiveDollars() throws Exception {
        TrackedJob job = submitAndAwait(f.actions.create(cpc("25.00")));

        assertEquals(JobStatus.COMPLETED, job.status());
        assertTrue(job.finished());
        var receipt = io.adsdesk.api.Receipt.parse(f.registry.jobStore().find(job.jobId()).orElseThrow().receiptJson());
        assertEquals("2500", receipt.echoed("budget").orElseThrow(), "the wire carried cents, once");
        Program created = f.registry.findProgram(job.programId()).orElseThrow();
        assertEquals(2500L, created.budgetCents());
        assertEquals("$25.00", Money.format(created.budgetCents()));
        assertEquals(2500, f.sandbox.account().program(job.programId()).orElseThrow().budget());
    }

    @Test
    void aCreatedProgramAppearsInTheRegistryUnderItsNewIdAndTheAuditLogSaysSo() throws Exception {
        List<TrackedJob> seen = new ArrayList<>();
        f.actions.jobs().addListener(seen::add);

        TrackedJob job = submitAndAwait(f.actions.create(cpc("150.00")));

        assertNotNull(job.programId());
        assertEquals(ProgramStatus.CURRENT, f.registry.findProgram(job.programId()).orElseThrow().status(SandboxFixture.TODAY));
        assertEquals(JobStatus.PROCESSING, seen.getFirst().status());
        assertTrue(seen.getLast().finished());
        AuditEntry line = f.actions.auditLog(10).getFirst();
        assertEquals("CREATE", line.action());
        assertEquals(job.programId(), line.programId());
        assertEquals("COMPLETED", line.outcome());
        assertTrue(line.requestJson().contains("\"budget\":[\"15000\"]"), line.requestJson());
        assertTrue(line.afterJson().contains("\"budget_cents\":15000"), line.afterJson());
        assertNotNull(line.receiptJson());
    }

    @Test
    void aForcedGroupRejectionIsRejectedWithPlainWordsAndCreatesNothing() throws Exception {
        f.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "UNSUPPORTED_CATEGORIES");
        int before = f.registry.countPrograms();

        TrackedJob job = submitAndAwait(f.actions.create(cpc("100")));

        assertEquals(JobStatus.REJECTED, job.status());
        assertEquals(List.of("UNSUPPORTED_CATEGORIES"), job.errorCodes());
        assertEquals(ErrorCodes.describe("UNSUPPORTED_CATEGORIES", null), job.problems().getFirst());
        assertEquals(before, f.registry.countPrograms());
        assertEquals("REJECTED", f.actions.auditLog(1).getFirst().outcome());
    }

    @Test
    void aForcedBusinessRejectionIsRejected() throws Exception {
        f.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "BUSINESS_NOT_ACTIVE");
        TrackedJob job = submitAndAwait(f.actions.create(cpc("100")));
        assertEquals(JobStatus.REJECTED, job.status());
        assertEquals(List.of("BUSINESS_NOT_ACTIVE"), job.errorCodes());
    }

    @Test
    void theSandboxsOwnValidationRejectsABidBelowItsMinimum() throws Exception {
        CreateProgram lowBid = cpc("100").withBidding(false, Money.parseDollars("0.30"));
        TrackedJob job = submitAndAwait(f.actions.create(lowBid));
        assertEquals(JobStatus.REJECTED, job.status());
        assertEquals(List.of("INVALID_PRICE"), job.errorCodes());
    }

    @Test
    void anUnknownCategoryAliasIsRejectedByYelpWithTheAliasCode() throws Exception {
        TrackedJob job = submitAndAwait(f.actions.create(cpc("100").withCategories(List.of("not_an_alias_here"))));
        assertEquals(JobStatus.REJECTED, job.status());
        assertTrue(job.errorCodes().contains("CATEGORY_ALIAS_NOT_RECOGNIZED"), job.errorCodes().toString());
    }

    @Test
    void aBusinessOutsideTheAccountIsRejectedAsNotAuthorized() throws Exception {
        CreateProgram other = new CreateProgram("AAAAAAAAAAAAAAAAAAAAAA", "CPC", null, null, null, 5000L, null, true,
                null, null, null, null);
        TrackedJob job = submitAndAwait(f.actions.create(other));
        assertEquals(List.of("BUSINESS_AUTHORIZATION_FAILED"), job.errorCodes());
    }

    @Test
    void aPartialCreateMakesTheProgramAndReportsWhatWasRejected() throws Exception {
        f.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.PARTIAL, "INVALID_OR_MISSING_KEY");
        TrackedJob job = submitAndAwait(f.actions.create(cpc("100")));
        assertEquals(JobStatus.PARTIAL, job.status());
        assertEquals(List.of("INVALID_OR_MISSING_KEY"), job.errorCodes());
        assertTrue(f.registry.findProgram(job.programId()).isPresent());
    }

    @Test
    void theFlatLayoutAndTheDocsTopLevelStatusAreReadAlike() throws Exception {
        f.sandbox.knobs().receiptFields(SandboxKnobs.ReceiptFields.FLAT);
        f.sandbox.knobs().topLevelStatus(SandboxKnobs.TopLevelStatus.DOC);
        TrackedJob ok = submitAndAwait(f.actions.create(cpc("25.00")));
        assertEquals(JobStatus.COMPLETED, ok.status());
        var receipt = io.adsdesk.api.Receipt.parse(f.registry.jobStore().find(ok.jobId()).orElseThrow().receiptJson());
        assertEquals("2500", receipt.echoed("budget").orElseThrow());

        f.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "BUSINESS_NOT_ACTIVE");
        assertEquals(JobStatus.REJECTED, submitAndAwait(f.actions.create(cpc("30"))).status());
    }

    @Test
    void a202WhileProcessingKeepsTheJobRunningUntilItIsDone() throws Exception {
        f.sandbox.knobs().jobDelayMs(30_000);
        f.sandbox.knobs().processingAs202(true);
        TrackedJob job = assertInstanceOf(ActionResult.Submitted.class, f.actions.create(cpc("40"))).job();

        assertEquals(JobStatus.PROCESSING, f.actions.jobs().pollOnce(job.jobId()).status());
        TrackedJob done = f.actions.jobs().await(job.jobId());

        assertEquals(JobStatus.COMPLETED, done.status());
        assertTrue(f.registry.findProgram(done.programId()).isPresent());
    }

    @Test
    void invalidInputIsRefusedLocallyAndNothingIsSent() throws Exception {
        int jobs = f.actions.jobs().recent(100).size();
        ActionResult r = f.actions.create(cpc("100").withBudget(2499L));
        assertEquals("budget", assertInstanceOf(ActionResult.Invalid.class, r).errors().getFirst().field());
        assertEquals(jobs, f.actions.jobs().recent(100).size());
    }

    @Test
    void aDuplicateCopiesTheProgramAndStartsNoEarlierThanToday() throws Exception {
        Program original = f.mirror(f.runningCpc(false).id());
        CreateProgram copy = f.actions.duplicate(original, SandboxFixture.TODAY.minusDays(3));
        assertEquals(SandboxFixture.TODAY, copy.start());
        assertEquals(original.budgetCents(), copy.budgetCents());
        assertEquals(original.maxBidCents(), copy.maxBidCents(), "cents copied as cents, not multiplied");
        assertEquals(original.primaryBusinessId(), copy.businessId());

        TrackedJob job = submitAndAwait(f.actions.submitDuplicate(copy));

        assertEquals(JobStatus.COMPLETED, job.status());
        Program created = f.registry.findProgram(job.programId()).orElseThrow();
        assertEquals(original.budgetCents(), created.budgetCents());
        assertEquals(original.maxBidCents(), created.maxBidCents());
        assertEquals("DUPLICATE", f.actions.auditLog(1).getFirst().action());
    }

    @Test
    void theAuditLogExportsAsCsvNewestFirst() throws Exception {
        submitAndAwait(f.actions.create(cpc("100")));
        f.clock.advance(Duration.ofMinutes(5));
        f.sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "NO_CATEGORIES");
        submitAndAwait(f.actions.create(cpc("200")));

        StringWriter out = new StringWriter();
        AuditCsv.write(out, f.actions.auditLog(10));

        String[] lines = out.toString().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFat,account,action,program_id"), lines[0]);
        assertTrue(lines[1].contains(",REJECTED,"), lines[1]);
        assertTrue(lines[2].contains(",COMPLETED,"), lines[2]);
        assertTrue(lines[1].contains("\"{\"\"business_id\"\""), "JSON is quoted per RFC 4180: " + lines[1]);
        assertTrue(lines[0].endsWith(",receipt,made_by"), lines[0]);
        assertTrue(lines[1].endsWith("," + io.adsdesk.registry.Makers.current()), "who made it closes each line: " + lines[1]);
    }
}
