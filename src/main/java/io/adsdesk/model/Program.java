package io.adsdesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One advertising program as mirrored in the registry. Money is integer cents; a null end date
 * means open-ended (the API's 9999-12-31). Lists are never null.
 *
 * @param active the API's program_status: true for ACTIVE, false for INACTIVE
 * @param paused the API's program_pause_status: true for PAUSED
 * @param issue null when the program was read cleanly; otherwise what is wrong with what the API sent
 */
public record Program(
        String programId,
        String programType,
        LocalDate startDate,
        LocalDate endDate,
        boolean active,
        boolean paused,
        Long budgetCents,
        Long maxBidCents,
        String currency,
        Boolean autobid,
        FeePeriod feePeriod,
        long billedImpressions,
        long billedClicks,
        Long adCostCents,
        List<ProgramBusiness> businesses,
        List<String> adCategories,
        List<String> activeFeatures,
        List<String> availableFeatures,
        List<FutureBudgetChange> futureBudgetChanges,
        PageUpgradeInfo pageUpgradeInfo,
        ProgramIssue issue) {

    public Program {
        businesses = List.copyOf(businesses == null ? List.of() : businesses);
        adCategories = List.copyOf(adCategories == null ? List.of() : adCategories);
        activeFeatures = List.copyOf(activeFeatures == null ? List.of() : activeFeatures);
        availableFeatures = List.copyOf(availableFeatures == null ? List.of() : availableFeatures);
        futureBudgetChanges = List.copyOf(futureBudgetChanges == null ? List.of() : futureBudgetChanges);
    }

    /** A program read cleanly (no issue). */
    public Program(String programId, String programType, LocalDate startDate, LocalDate endDate, boolean active,
                   boolean paused, Long budgetCents, Long maxBidCents, String currency, Boolean autobid,
                   FeePeriod feePeriod, long billedImpressions, long billedClicks, Long adCostCents,
                   List<ProgramBusiness> businesses, List<String> adCategories, List<String> activeFeatures,
                   List<String> availableFeatures, List<FutureBudgetChange> futureBudgetChanges,
                   PageUpgradeInfo pageUpgradeInfo) {
        this(programId, programType, startDate, endDate, active, paused, budgetCents, maxBidCents, currency, autobid,
                feePeriod, billedImpressions, billedClicks, adCostCents, businesses, adCategories, activeFeatures,
                availableFeatures, futureBudgetChanges, pageUpgradeInfo, null);
    }

    /** This program with the given issue (null: none). */
    public Program withIssue(ProgramIssue newIssue) {
        return new Program(programId, programType, startDate, endDate, active, paused, budgetCents, maxBidCents,
                currency, autobid, feePeriod, billedImpressions, billedClicks, adCostCents, businesses, adCategories,
                activeFeatures, availableFeatures, futureBudgetChanges, pageUpgradeInfo, newIssue);
    }

    /** Whether what the API last sent for this program could not be read or cannot be real. */
    public boolean marked() {
        return issue != null;
    }

    public ProgramStatus status(LocalDate today) {
        return ProgramStatus.of(this, today);
    }

    /** The first business, the one the program is listed under; null if the API gave none. */
    public String primaryBusinessId() {
        return businesses.isEmpty() ? null : businesses.getFirst().yelpBusinessId();
    }
}
