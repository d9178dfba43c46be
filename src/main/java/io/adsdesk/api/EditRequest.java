package io.adsdesk.api;

import io.adsdesk.model.command.EditProgram;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parameters of {@code POST /v1/reseller/program/{id}/edit}: only the fields to change (null
 * means "leave as is"). Money is integer cents.
 *
 * @param futureBudgetDate schedules {@code budgetCents} for that date instead of changing it now
 */
public record EditRequest(
        LocalDate start,
        LocalDate end,
        Long budgetCents,
        LocalDate futureBudgetDate,
        Long maxBidCents,
        Pacing pacing,
        List<String> adCategories) {

    public static final EditRequest NONE = new EditRequest(null, null, null, null, null, null, null);

    public EditRequest {
        adCategories = adCategories == null ? null : List.copyOf(adCategories);
    }

    /** The wire form of an edit command (the program ID goes in the path). */
    public static EditRequest of(EditProgram e) {
        return new EditRequest(e.start(), e.end(), e.budgetCents(), e.futureBudgetDate(), e.maxBidCents(),
                Pacing.of(e.pacing()), e.adCategories());
    }

    public static EditRequest budget(long cents) {
        return NONE.withBudget(cents);
    }

    public EditRequest withStart(LocalDate date) {
        return new EditRequest(date, end, budgetCents, futureBudgetDate, maxBidCents, pacing, adCategories);
    }

    public EditRequest withEnd(LocalDate date) {
        return new EditRequest(start, date, budgetCents, futureBudgetDate, maxBidCents, pacing, adCategories);
    }

    public EditRequest withBudget(Long cents) {
        return new EditRequest(start, end, cents, futureBudgetDate, maxBidCents, pacing, adCategories);
    }

    public EditRequest withFutureBudgetDate(LocalDate date) {
        return new EditRequest(start, end, budgetCents, date, maxBidCents, pacing, adCategories);
    }

    public EditRequest withMaxBid(Long cents) {
        return new EditRequest(start, end, budgetCents, futureBudgetDate, cents, pacing, adCategories);
    }

    public EditRequest withPacing(Pacing newPacing) {
        return new EditRequest(start, end, budgetCents, futureBudgetDate, maxBidCents, newPacing, adCategories);
    }

    public EditRequest withCategories(List<String> aliases) {
        return new EditRequest(start, end, budgetCents, futureBudgetDate, maxBidCents, pacing, aliases);
    }

    public boolean isEmpty() {
        return parameters().isEmpty();
    }

    /** The query parameters exactly as they will be sent, in a fixed order. */
    public Map<String, List<String>> parameters() {
        return new QueryString()
                .add("start", start)
                .add("end", end)
                .add("budget", budgetCents)
                .add("future_budget_date", futureBudgetDate)
                .add("max_bid", maxBidCents)
                .add("pacing_method", pacing)
                .addAll("ad_categories", adCategories)
                .asMap();
    }
}
