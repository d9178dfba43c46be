package io.adsdesk.model.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Change a program: only the fields to change, null meaning "leave as is". Money is integer cents.
 *
 * @param futureBudgetDate schedules {@code budgetCents} for that date instead of changing it now
 */
public record EditProgram(
        String programId,
        LocalDate start,
        LocalDate end,
        Long budgetCents,
        LocalDate futureBudgetDate,
        Long maxBidCents,
        PacingMethod pacing,
        List<String> adCategories) implements ProgramCommand {

    public EditProgram {
        Objects.requireNonNull(programId, "programId");
        adCategories = adCategories == null ? null : List.copyOf(adCategories);
    }

    /** An edit of {@code programId} that changes nothing yet. */
    public static EditProgram of(String programId) {
        return new EditProgram(programId, null, null, null, null, null, null, null);
    }

    public static EditProgram budget(String programId, long cents) {
        return of(programId).withBudget(cents);
    }

    public EditProgram withStart(LocalDate date) {
        return new EditProgram(programId, date, end, budgetCents, futureBudgetDate, maxBidCents, pacing, adCategories);
    }

    public EditProgram withEnd(LocalDate date) {
        return new EditProgram(programId, start, date, budgetCents, futureBudgetDate, maxBidCents, pacing, adCategories);
    }

    public EditProgram withBudget(Long cents) {
        return new EditProgram(programId, start, end, cents, futureBudgetDate, maxBidCents, pacing, adCategories);
    }

    public EditProgram withFutureBudgetDate(LocalDate date) {
        return new EditProgram(programId, start, end, budgetCents, date, maxBidCents, pacing, adCategories);
    }

    public EditProgram withMaxBid(Long cents) {
        return new EditProgram(programId, start, end, budgetCents, futureBudgetDate, cents, pacing, adCategories);
    }

    public EditProgram withPacing(PacingMethod newPacing) {
        return new EditProgram(programId, start, end, budgetCents, futureBudgetDate, maxBidCents, newPacing, adCategories);
    }

    public EditProgram withCategories(List<String> aliases) {
        return new EditProgram(programId, start, end, budgetCents, futureBudgetDate, maxBidCents, pacing, aliases);
    }

    /** True when nothing would be sent: no field given (an empty category list sends nothing either). */
    public boolean changesNothing() {
        return start == null && end == null && budgetCents == null && futureBudgetDate == null && maxBidCents == null
                && pacing == null && (adCategories == null || adCategories.isEmpty());
    }
}
