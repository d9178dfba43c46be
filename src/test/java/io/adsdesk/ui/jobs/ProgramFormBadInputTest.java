package io.adsdesk.ui.jobs;

import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramType;
import io.adsdesk.testing.BadValues;
import io.adsdesk.testing.BadValues.Value;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import javafx.beans.property.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field of the program form (create and edit) with every class of bad value: a short message
 * under that field, nothing sent to the sandbox, and every other field's value kept.
 */
class ProgramFormBadInputTest {
    /** Text fields, each with its wrong-type value. */
    private static final Map<FormField, String> TEXT_FIELDS = Map.of(
            FormField.BUSINESS, "42.5",
            FormField.BUDGET, "twenty",
            FormField.MAX_BID, "-5",
            FormField.CATEGORIES, "Heating & Air Conditioning");
    /** Date fields: no date where one is needed, the largest date, the smallest. */
    private static final Set<FormField> DATE_FIELDS = EnumSet.of(FormField.START, FormField.END, FormField.FUTURE_BUDGET_DATE);
    /** Chosen from fixed lists in the form; only "nothing chosen" can be wrong, and only for the type. */
    private static final Set<FormField> CHOICE_FIELDS = EnumSet.of(FormField.TYPE, FormField.AUTOBID, FormField.PACING,
            FormField.FEE_PERIOD);

    @TempDir
    Path dir;
    private ActionsSandbox box;
    private final List<Object> submitted = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        box = new ActionsSandbox(dir);
    }

    @AfterEach
    void stop() {
        box.close();
    }

    @Test
    void theTableCoversEveryFieldOfTheForm() {
        Set<FormField> covered = EnumSet.of(FormField.PROGRAM);
        covered.addAll(TEXT_FIELDS.keySet());
        covered.addAll(DATE_FIELDS);
        covered.addAll(CHOICE_FIELDS);
        assertEquals(EnumSet.allOf(FormField.class), covered);
    }

    @Test
    void everyBadTextInEveryTextFieldOfANewProgramIsExplainedUnderItAndNothingIsSent() {
        for (FormField field : TEXT_FIELDS.keySet()) {
            for (Value v : BadValues.with(TEXT_FIELDS.get(field))) {
                ProgramFormViewModel form = validCreate();
                text(form, field).setValue(v.text());
                Map<FormField, Object> others = valuesExcept(form, field);

                if (field == FormField.CATEGORIES && Set.of("empty", "blank", "newline").contains(v.name())) {
                    assertAcceptedLocally(form, field, v); // blank lets Yelp choose; a newline separates aliases
                    continue;
                }
                assertRefused(form, field, field + " = " + v, others);
            }
        }
    }

    @Test
    void everyBadTextInTheEditFormIsExplainedUnderItAndNothingIsSent() throws Exception {
        Program running = box.mirror(box.runningCpc().id());
        for (FormField field : List.of(FormField.BUDGET, FormField.CATEGORIES)) {
            for (Value v : BadValues.with(TEXT_FIELDS.get(field))) {
                if (Set.of("empty", "blank", "newline").contains(v.name())) {
                    continue; // blank means "unchanged" in an edit; a newline separates aliases
                }
                ProgramFormViewModel form = new ProgramFormViewModel(box.actions, new CurrentThreadTaskExecutor(),
                        ProgramFormViewModel.Mode.EDIT, running, submitted::add);
                text(form, field).setValue(v.text());
                assertRefused(form, field, "edit " + field + " = " + v, valuesExcept(form, field));
            }
        }
    }

    @Test
    void datesOutOfReachAreExplainedUnderTheirField() throws Exception {
        LocalDate past = PacificDate.today().minusDays(3);
        for (LocalDate bad : List.of(LocalDate.MAX, LocalDate.of(10000, 1, 1), LocalDate.MIN, past)) {
            for (FormField field : List.of(FormField.START, FormField.END)) {
                ProgramFormViewModel form = validCreate();
                date(form, field).setValue(bad);
                assertRefused(form, field, "create " + field + " = " + bad, valuesExcept(form, field));
            }
            Program running = box.mirror(box.runningCpc().id());
            for (FormField field : List.of(FormField.END, FormField.FUTURE_BUDGET_DATE)) {
                ProgramFormViewModel form = new ProgramFormViewModel(box.actions, new CurrentThreadTaskExecutor(),
                        ProgramFormViewModel.Mode.EDIT, running, submitted::add);
                form.budgetTextProperty().set("300.00");
                date(form, field).setValue(bad);
                assertRefused(form, field, "edit " + field + " = " + bad, valuesExcept(form, field));
            }
        }
    }

    @Test
    void noProgramTypeIsExplainedUnderTheTypeField() {
        ProgramFormViewModel form = validCreate();
        form.typeProperty().set(null);
        assertRefused(form, FormField.TYPE, "no type", valuesExcept(form, FormField.TYPE));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private ProgramFormViewModel validCreate() {
        ProgramFormViewModel form = new ProgramFormViewModel(box.actions, new CurrentThreadTaskExecutor(),
                ProgramFormViewModel.Mode.CREATE, null, submitted::add);
        form.businessIdProperty().set(box.openBusinessId());
        form.typeProperty().set(ProgramType.CPC);
        form.budgetTextProperty().set("250.00");
        form.autobidProperty().set(false);
        form.maxBidTextProperty().set("5.00");
        form.categoriesTextProperty().set("hvac");
        form.endProperty().set(PacificDate.today().plusMonths(2));
        return form;
    }

    private void assertRefused(ProgramFormViewModel form, FormField field, String label, Map<FormField, Object> others) {
        long requests = box.sandbox.stats().requests();

        form.submit();

        String error = form.errorProperty(field).get();
        assertFalse(error.isEmpty(), label + ": a message under the field");
        assertTrue(error.length() <= 200, label + ": a short message (" + error.length() + ")");
        assertTrue(error.chars().noneMatch(Character::isISOControl), label + ": one line");
        assertFalse(error.contains("Exception"), label + " -> " + error);
        assertEquals(ProgramFormViewModel.State.EDITING, form.stateProperty().get(), label);
        assertEquals(requests, box.sandbox.stats().requests(), label + ": nothing sent");
        assertTrue(submitted.isEmpty(), label);
        assertEquals(others, valuesExcept(form, field), label + ": the other fields keep their values");
    }

    private void assertAcceptedLocally(ProgramFormViewModel form, FormField field, Value v) {
        form.submit();
        assertEquals("", form.errorProperty(field).get(), field + " = " + v);
        submitted.clear();
    }

    private static Property<String> text(ProgramFormViewModel form, FormField field) {
        return switch (field) {
            case BUSINESS -> form.businessIdProperty();
            case BUDGET -> form.budgetTextProperty();
            case MAX_BID -> form.maxBidTextProperty();
            case CATEGORIES -> form.categoriesTextProperty();
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    private static Property<LocalDate> date(ProgramFormViewModel form, FormField field) {
        return switch (field) {
            case START -> form.startProperty();
            case END -> form.endProperty();
            case FUTURE_BUDGET_DATE -> form.futureBudgetDateProperty();
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    private static Map<FormField, Object> valuesExcept(ProgramFormViewModel form, FormField except) {
        Map<FormField, Object> all = new java.util.EnumMap<>(FormField.class);
        all.put(FormField.BUSINESS, form.businessIdProperty().get());
        all.put(FormField.TYPE, form.typeProperty().get());
        all.put(FormField.BUDGET, form.budgetTextProperty().get());
        all.put(FormField.AUTOBID, form.autobidProperty().get());
        all.put(FormField.MAX_BID, form.maxBidTextProperty().get());
        all.put(FormField.PACING, form.pacingProperty().get());
        all.put(FormField.FEE_PERIOD, form.feePeriodProperty().get());
        all.put(FormField.CATEGORIES, form.categoriesTextProperty().get());
        all.put(FormField.START, form.startProperty().get());
        all.put(FormField.END, form.endProperty().get());
        all.put(FormField.FUTURE_BUDGET_DATE, form.futureBudgetDateProperty().get());
        all.remove(except);
        return all;
    }
}
