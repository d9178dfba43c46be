package io.adsdesk.queue;

import io.adsdesk.actions.ActionValidator;
import io.adsdesk.actions.FieldError;
import io.adsdesk.actions.Money;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.model.command.EditProgram;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the pending changes of one program together against the documented rules, the program's
 * own ones through {@link ActionValidator} (budget and max-bid minimums, max bid against budget,
 * dates, CPC-only fields, pause only for a running CPC program, nothing on an ended program) plus
 * the queue's own: values that are not numbers or dates, bidding mode, schedules. Pure: no I/O.
 */
public final class ChangeChecker {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;
    private final ActionValidator validator;

    public ChangeChecker(Clock clock) {
        this.clock = clock;
        this.validator = new ActionValidator(clock);
    }

    /**
     * The checks of each change of one program (all of {@code changes} name it), by change id; a
     * change with no problem maps to an empty list. {@code program} null means the registry does not
     * know the program.
     */
    public Map<Long, List<ChangeCheck>> check(Program program, List<PendingChange> changes) {
        Map<Long, List<ChangeCheck>> out = new HashMap<>();
        for (PendingChange c : changes) {
            out.put(c.id(), new ArrayList<>());
        }
        if (program == null) {
            changes.forEach(c -> out.get(c.id()).add(ChangeCheck.error(
                    "Program " + c.programId() + " is not in the registry; sync, or revert this change.")));
            return sorted(out);
        }
        LocalDate today = PacificDate.today(clock);
        if (program.status(today) == ProgramStatus.PAST) {
            changes.forEach(c -> out.get(c.id()).add(ChangeCheck.error("This program has ended; it can no longer be changed.")));
            return sorted(out);
        }
        Map<ChangeField, PendingChange> byField = new HashMap<>();
        changes.forEach(c -> byField.put(c.field(), c));
        EditProgram edit = EditProgram.of(program.programId());
        for (PendingChange c : changes) {
            List<ChangeCheck> list = out.get(c.id());
            if (c.field() != ChangeField.STATE) {
                edit = value(c, edit, list);
            }
            schedule(program, c, list, today);
        }
        if (!edit.changesNothing()) {
            for (FieldError e : validator.validateEdit(program, edit)) {
                PendingChange target = byField.get(field(e.field()));
                List<PendingChange> targets = target == null ? changes : List.of(target);
                targets.forEach(t -> out.get(t.id()).add(ChangeCheck.error(e.message())));
            }
        }
        PendingChange state = byField.get(ChangeField.STATE);
        if (state != null) {
            state(program, state, out.get(state.id()));
            if (ChangeValues.ENDED.equals(state.newValue())) {
                changes.stream().filter(c -> c != state).forEach(c -> out.get(c.id()).add(ChangeCheck.warning(
                        "The program is also being ended; this change matters only if it is posted first.")));
            }
        }
        PendingChange budget = byField.get(ChangeField.BUDGET);
        if (budget != null) {
            budgetWarnings(program, budget, out.get(budget.id()));
        }
        if (program.marked()) {
            changes.forEach(c -> out.get(c.id()).add(ChangeCheck.warning(
                    "What Yelp last sent for this program could not be read; sync before posting.")));
        }
        return sorted(out);
    }

    /** Adds the change's value to the edit to validate, or an error when the value cannot be sent. */
    private static EditProgram value(PendingChange c, EditProgram edit, List<ChangeCheck> list) {
        String v = c.newValue();
        switch (c.field()) {
            case BUDGET -> {
                Long cents = ChangeValues.centsOf(v);
                if (cents == null) {
                    list.add(ChangeCheck.error("The budget '" + v + "' is not an amount in cents."));
                    return edit;
                }
                return edit.withBudget(cents);
            }
            case MAX_BID -> {
                if (ChangeValues.AUTOMATIC.equals(v)) {
                    list.add(ChangeCheck.error("Yelp's partner API cannot switch a program to automatic bidding; "
                            + "change the bidding mode with Yelp."));
                    return edit;
                }
                Long cents = ChangeValues.centsOf(v);
                if (cents == null) {
                    list.add(ChangeCheck.error("The max bid '" + v + "' is not an amount in cents."));
                    return edit;
                }
                return edit.withMaxBid(cents);
            }
            case START_DATE -> {
                LocalDate d = ChangeValues.dateOf(v);
                if (d == null) {
                    list.add(ChangeCheck.error("The start date '" + v + "' is not a date (yyyy-mm-dd)."));
                    return edit;
                }
                return edit.withStart(d);
            }
            case END_DATE -> {
                if (ChangeValues.OPEN_END.equals(v)) {
                    return edit.withEnd(ActionValidator.LAST_DATE);
                }
                LocalDate d = ChangeValues.dateOf(v);
                if (d == null) {
                    list.add(ChangeCheck.error("The end date '" + v + "' is not a date (yyyy-mm-dd)."));
                    return edit;
                }
                return edit.withEnd(d);
            }
            default -> {
                return edit;
            }
        }
    }

    private void state(Program program, PendingChange c, List<ChangeCheck> list) {
        List<FieldError> errors = switch (c.newValue()) {
            case ChangeValues.PAUSED -> validator.validatePause(program, true);
            case ChangeValues.RUNNING -> validator.validatePause(program, false);
            case ChangeValues.ENDED -> validator.validateEnd(program);
            default -> List.of(new FieldError("program", "'" + c.newValue() + "' is not a state (pause, resume or end)."));
        };
        errors.forEach(e -> list.add(ChangeCheck.error(e.message())));
    }

    private static void budgetWarnings(Program program, PendingChange c, List<ChangeCheck> list) {
        Long cents = ChangeValues.centsOf(c.newValue());
        Long old = program.budgetCents();
        if (cents == null || old == null) {
            return;
        }
        if (program.adCostCents() != null && cents < old && cents < program.adCostCents()) {
            list.add(ChangeCheck.warning("Yelp refuses a budget below what was already spent this period ("
                    + Money.format(program.adCostCents()) + ")."));
        }
        if (old > 0 && (cents > old * 2 || cents * 2 < old)) {
            list.add(ChangeCheck.warning("The budget " + (cents > old ? "more than doubles" : "drops by more than half")
                    + " (" + Money.format(old) + " → " + Money.format(cents) + ")."));
        }
    }

    private void schedule(Program program, PendingChange c, List<ChangeCheck> list, LocalDate today) {
        Instant at = c.postAt();
        if (at == null) {
            return;
        }
        if (!at.isAfter(clock.instant())) {
            list.add(ChangeCheck.warning("Was due at " + shown(at) + "; it will be posted late."));
        }
        LocalDate day = LocalDate.ofInstant(at, PacificDate.ZONE);
        if (program.startDate() != null && day.isBefore(program.startDate()) && c.field() == ChangeField.STATE) {
            list.add(ChangeCheck.error("Scheduled for " + day + ", before the program starts (" + program.startDate() + ")."));
        }
        if (program.endDate() != null && day.isAfter(program.endDate())) {
            list.add(ChangeCheck.error("Scheduled for " + day + ", after the program ends (" + program.endDate() + ")."));
        }
    }

    /** A time as people read it, in this computer's zone. */
    static String shown(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private static ChangeField field(String wire) {
        return switch (wire) {
            case "budget", "future_budget_date" -> ChangeField.BUDGET;
            case "max_bid", "is_autobid" -> ChangeField.MAX_BID;
            case "start" -> ChangeField.START_DATE;
            case "end" -> ChangeField.END_DATE;
            default -> null;
        };
    }

    private static Map<Long, List<ChangeCheck>> sorted(Map<Long, List<ChangeCheck>> out) {
        Map<Long, List<ChangeCheck>> result = new HashMap<>();
        out.forEach((id, list) -> result.put(id, list.stream()
                .sorted(Comparator.comparing(ChangeCheck::severity)).distinct().toList()));
        return result;
    }
}
