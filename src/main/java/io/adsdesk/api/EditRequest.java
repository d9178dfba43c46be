package io.adsdesk.api;

import io.adsdesk.model.command.EditProgram;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parameters of {@code POST /v1/reseller/program/{id}/edit}, made from an {@link EditProgram}
 * command: only the fields to change (null means "leave as is"). Money is integer cents.
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

    public EditRequest {
        adCategories = adCategories == null ? null : List.copyOf(adCategories);
    }

    /** The wire form of an edit command (the program ID goes in the path). */
    public static EditRequest of(EditProgram e) {
        return new EditRequest(e.start(), e.end(), e.budgetCents(), e.futureBudgetDate(), e.maxBidCents(),
                Pacing.of(e.pacing()), e.adCategories());
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
