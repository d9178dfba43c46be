package io.adsdesk.ui.jobs;

import io.adsdesk.actions.JobStatus;
import io.adsdesk.actions.TrackedJob;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramType;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxStats;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramFormViewModelTest {
    @TempDir
    Path dir;

    private ActionsSandbox box;
    private final List<TrackedJob> submitted = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        box = new ActionsSandbox(dir);
    }

    @AfterEach
    void stop() {
        box.close();
    }

    private ProgramFormViewModel form(ProgramFormViewModel.Mode mode, Program original) {
        return new ProgramFormViewModel(box.actions, new CurrentThreadTaskExecutor(), mode, original, submitted::add);
    }

    private ProgramFormViewModel cpcForm(String budget) {
        ProgramFormViewModel form = form(ProgramFormViewModel.Mode.CREATE, null);
        form.businessIdProperty().set(box.openBusinessId());
        form.typeProperty().set(ProgramType.CPC);
        form.budgetTextProperty().set(budget);
        return form;
    }

    @Test
    void aBudgetBelowTheMinimumIsShownNextToTheBudgetAndNothingIsSent() {
        ProgramFormViewModel form = cpcForm("10");

        form.submit();

        assertEquals("The budget must be at least $25.00 a month.", form.errorProperty(FormField.BUDGET).get());
        assertEquals("", form.errorProperty(FormField.BUSINESS).get());
        assertEquals(ProgramFormViewModel.State.EDITING, form.stateProperty().get());
        assertEquals(0, box.sandbox.stats().routeCount(SandboxStats.PROGRAM_CREATE));
        assertTrue(submitted.isEmpty());
    }

    @Test
    void textThatIsNotMoneyIsExplainedNextToTheField() {
        ProgramFormViewModel form = cpcForm("twenty");

        form.submit();

        assertTrue(form.errorProperty(FormField.BUDGET).get().contains("not an amount in dollars"));
        assertEquals(0, box.sandbox.stats().routeCount(SandboxStats.PROGRAM_CREATE));
    }

    @Test
    void manualBiddingWithoutAMaximumBidIsAnErrorOnTheMaxBidField() {
        ProgramFormViewModel form = cpcForm("50.00");
        form.autobidProperty().set(false);

        form.submit();

        assertEquals("Manual bidding needs a maximum bid.", form.errorProperty(FormField.MAX_BID).get());
    }

    @Test
    void fixingTheFieldClearsItsErrorOnTheNextSubmit() throws Exception {
        ProgramFormViewModel form = cpcForm("10");
        form.submit();
        form.budgetTextProperty().set("25.00");

        form.submit();

        assertEquals("", form.errorProperty(FormField.BUDGET).get());
        assertEquals(ProgramFormViewModel.State.SUBMITTED, form.stateProperty().get());
    }

    @Test
    void aValidCpcProgramIsSubmittedAsAJobThatCompletesWithANewProgram() throws Exception {
        ProgramFormViewModel form = cpcForm("25.00");

        form.submit();

        assertEquals(ProgramFormViewModel.State.SUBMITTED, form.stateProperty().get());
        assertEquals(1, submitted.size());
        assertTrue(form.messageProperty().get().contains(submitted.getFirst().jobId()));
        TrackedJob done = box.actions.jobs().await(submitted.getFirst().jobId());
        assertEquals(JobStatus.COMPLETED, done.status());
        assertNotNull(done.programId());
        assertEquals(2500L, box.registry.findProgram(done.programId()).orElseThrow().budgetCents());
    }

    @Test
    void aNonCpcProgramSendsNoCpcFields() {
        ProgramFormViewModel form = cpcForm("10");
        form.typeProperty().set(ProgramType.LOGO);

        form.submit();

        assertFalse(form.cpcProperty().get());
        assertEquals("", form.errorProperty(FormField.BUDGET).get());
        assertEquals(1, submitted.size());
    }

    @Test
    void duplicatingPrefillsTheFormFromTheProgram() throws Exception {
        SandboxProgram p = box.runningCpc();
        Program original = box.mirror(p.id());

        ProgramFormViewModel form = form(ProgramFormViewModel.Mode.DUPLICATE, original);

        assertEquals(original.primaryBusinessId(), form.businessIdProperty().get());
        assertEquals(ProgramType.CPC, form.typeProperty().get());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d.%02d", p.budget() / 100, p.budget() % 100),
                form.budgetTextProperty().get());
    }

    @Test
    void anEditOfAProgramChangedAtYelpShowsTheChangesAndSendsOnlyWhenConfirmed() throws Exception {
        SandboxProgram p = box.runningCpc();
        Program original = box.mirror(p.id());
        box.sandbox.account().changeBudget(p.id(), p.budget() + 777);
        ProgramFormViewModel form = form(ProgramFormViewModel.Mode.EDIT, original);
        form.budgetTextProperty().set("900.00");

        form.submit();

        assertEquals(ProgramFormViewModel.State.CONFLICT, form.stateProperty().get());
        assertEquals("budget", form.conflictChanges().getFirst().field());
        assertEquals(0, box.sandbox.stats().routeCount(SandboxStats.PROGRAM_EDIT));

        form.sendAnyway();

        assertEquals(ProgramFormViewModel.State.SUBMITTED, form.stateProperty().get());
        assertEquals(1, box.sandbox.stats().routeCount(SandboxStats.PROGRAM_EDIT));
    }

    @Test
    void aBudgetThatIsNotAnAmountAndAMissingBusinessAreShownTogether() {
        ProgramFormViewModel form = cpcForm("twelve");
        form.businessIdProperty().set(null);

        form.submit();

        assertTrue(form.errorProperty(FormField.BUDGET).get().contains("not an amount in dollars"));
        assertEquals("Choose a business.", form.errorProperty(FormField.BUSINESS).get());
        assertEquals(List.of(FormField.BUSINESS, FormField.BUDGET), form.fieldsInError());
        assertEquals(0, box.sandbox.stats().routeCount(SandboxStats.PROGRAM_CREATE));
    }

    @Test
    void theMessageNamesEveryFieldToCorrect() {
        ProgramFormViewModel form = cpcForm("10");
        form.businessIdProperty().set(null);

        form.submit();

        assertEquals("Please correct the 2 highlighted fields: Business, Monthly budget ($). Nothing was sent.",
                form.messageProperty().get());
    }

    @Test
    void aProblemWithTheProgramAsAWholeDoesNotSpeakOfHighlightedFields() throws Exception {
        SandboxProgram running = box.runningCpc();
        Program p = box.mirror(running.id());
        ProgramFormViewModel form = form(ProgramFormViewModel.Mode.EDIT, p);

        form.submit();

        assertEquals("Nothing to change.", form.errorProperty(FormField.PROGRAM).get());
        assertEquals(List.of(), form.fieldsInError());
        assertEquals("Nothing was sent.", form.messageProperty().get());
    }
}
