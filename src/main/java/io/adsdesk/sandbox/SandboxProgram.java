package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.util.List;

/**
 * One advertising program in the sandbox account. Money is integer cents. Immutable: the account
 * swaps in a changed copy under its lock (see the {@code with*} methods).
 *
 * @param endDate {@link #OPEN_END} when open-ended, as the API spells it
 * @param ended true once the program was ended early (end date = the day it was ended)
 * @param maxBid null when autobid
 * @param feePeriod the response spelling: "Calendar Month" or "Rolling Month"
 * @param businessIds the businesses it covers, the first being the one it is listed under
 * @param pageUpgrade pricing for page products, or null
 */
public record SandboxProgram(
        String id,
        String type,
        LocalDate startDate,
        LocalDate endDate,
        boolean ended,
        boolean paused,
        long budget,
        String currency,
        boolean autobid,
        Long maxBid,
        long billedImpressions,
        long billedClicks,
        long adCost,
        String feePeriod,
        List<String> businessIds,
        List<String> adCategories,
        List<String> activeFeatures,
        List<String> availableFeatures,
        List<BudgetChange> futureBudgetChanges,
        PageUpgrade pageUpgrade) {

    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** A scheduled budget change, in cents. */
    public record BudgetChange(long newBudget, LocalDate startDate, long oldBudget) {
    }

    /** Page-upgrade pricing, kept in cents; the wire unit is a knob. */
    public record PageUpgrade(long monthlyRate, long cost) {
    }

    public SandboxProgram {
        businessIds = List.copyOf(businessIds);
        adCategories = List.copyOf(adCategories);
        activeFeatures = List.copyOf(activeFeatures);
        availableFeatures = List.copyOf(availableFeatures);
        futureBudgetChanges = List.copyOf(futureBudgetChanges);
    }

    /** The API's program_status: ACTIVE when start ≤ today ≤ end and not ended early. */
    public boolean active(LocalDate today) {
        return !ended && !startDate.isAfter(today) && !endDate.isBefore(today);
    }

    public boolean future(LocalDate today) {
        return startDate.isAfter(today);
    }

    public boolean past(LocalDate today) {
        return ended || endDate.isBefore(today);
    }

    public SandboxProgram withBudget(long cents) {
        return new SandboxProgram(id, type, startDate, endDate, ended, paused, cents, currency, autobid,
                maxBid, billedImpressions, billedClicks, adCost, feePeriod, businessIds, adCategories,
                activeFeatures, availableFeatures, futureBudgetChanges, pageUpgrade);
    }

    public SandboxProgram withPaused(boolean newPaused) {
        return new SandboxProgram(id, type, startDate, endDate, ended, newPaused, budget, currency, autobid,
                maxBid, billedImpressions, billedClicks, adCost, feePeriod, businessIds, adCategories,
                activeFeatures, availableFeatures, futureBudgetChanges, pageUpgrade);
    }

    /** A new end date, as another user might set it; the program is not marked as ended early. */
    public SandboxProgram withEndDate(LocalDate date) {
        return new SandboxProgram(id, type, startDate, date, ended, paused, budget, currency, autobid,
                maxBid, billedImpressions, billedClicks, adCost, feePeriod, businessIds, adCategories,
                activeFeatures, availableFeatures, futureBudgetChanges, pageUpgrade);
    }

    /** Ended today: end date becomes today and the program turns INACTIVE. */
    public SandboxProgram withEnded(LocalDate today) {
        return new SandboxProgram(id, type, startDate, today, true, false, budget, currency, autobid,
                maxBid, billedImpressions, billedClicks, adCost, feePeriod, businessIds, adCategories,
                activeFeatures, availableFeatures, futureBudgetChanges, pageUpgrade);
    }

    /** The same program with these active feature types (after a feature change). */
    public SandboxProgram withActiveFeatures(List<String> active) {
        return new SandboxProgram(id, type, startDate, endDate, ended, paused, budget, currency, autobid,
                maxBid, billedImpressions, billedClicks, adCost, feePeriod, businessIds, adCategories,
                active, availableFeatures, futureBudgetChanges, pageUpgrade);
    }
}
