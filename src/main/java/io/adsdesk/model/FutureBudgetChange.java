package io.adsdesk.model;

import java.time.LocalDate;

/** A scheduled budget change, all money in integer cents. */
public record FutureBudgetChange(long newBudgetCents, LocalDate startDate, Long oldBudgetCents) {
}
