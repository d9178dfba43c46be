package io.adsdesk.ui.jobs;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.ProgramType;
import io.adsdesk.model.command.PacingMethod;

import java.time.LocalDate;

/** A snapshot of the form's inputs, as typed. */
record FormValues(String businessId, ProgramType type, String budgetText, boolean autobid, String maxBidText,
                  PacingMethod pacing, FeePeriod feePeriod, String categoriesText, LocalDate start, LocalDate end,
                  LocalDate futureBudgetDate) {

    boolean isCpc() {
        return type == ProgramType.CPC;
    }
}
