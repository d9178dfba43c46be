package io.adsdesk.actions;

import io.adsdesk.model.Program;
import io.adsdesk.model.command.CreateProgram;

import java.time.LocalDate;

/** A create that copies an existing program: same business, type, budget, bidding and categories. */
final class Duplicates {
    private Duplicates() {
    }

    /** @param start the new start; today (Pacific) when null or earlier than today */
    static CreateProgram of(Program original, LocalDate start, LocalDate today) {
        LocalDate from = start == null || start.isBefore(today) ? today : start;
        if (!"CPC".equals(original.programType())) {
            return new CreateProgram(original.primaryBusinessId(), original.programType(), null, from, null,
                    null, null, null, null, null, null, null);
        }
        boolean autobid = !Boolean.FALSE.equals(original.autobid());
        return new CreateProgram(original.primaryBusinessId(), "CPC", null, from, null, original.budgetCents(),
                original.currency(), autobid, autobid ? null : original.maxBidCents(), null, original.feePeriod(),
                original.adCategories().isEmpty() ? null : original.adCategories());
    }
}
