package io.adsdesk.model.command;

import io.adsdesk.model.FeePeriod;

import java.time.LocalDate;
import java.util.List;

/**
 * Create a program. Money is integer cents. Null means "not given": Yelp's default applies.
 *
 * @param programType BP, EP, CPC, RCA, CTA, SLIDESHOW, BH, VL, LOGO or PORTFOLIO
 * @param adCategories category aliases (e.g. {@code hvac}); null to let Yelp derive them
 */
public record CreateProgram(
        String businessId,
        String programType,
        String promotionCode,
        LocalDate start,
        LocalDate end,
        Long budgetCents,
        String currency,
        Boolean autobid,
        Long maxBidCents,
        PacingMethod pacing,
        FeePeriod feePeriod,
        List<String> adCategories) implements ProgramCommand {

    public CreateProgram {
        adCategories = adCategories == null ? null : List.copyOf(adCategories);
    }

    /** A CPC create with the required fields; the rest are left out. */
    public static CreateProgram cpc(String businessId, LocalDate start, long budgetCents, boolean autobid, Long maxBidCents) {
        return new CreateProgram(businessId, "CPC", null, start, null, budgetCents, null, autobid, maxBidCents,
                null, null, null);
    }

    public boolean isCpc() {
        return "CPC".equals(programType);
    }

    public CreateProgram withDates(LocalDate newStart, LocalDate newEnd) {
        return new CreateProgram(businessId, programType, promotionCode, newStart, newEnd, budgetCents, currency,
                autobid, maxBidCents, pacing, feePeriod, adCategories);
    }

    public CreateProgram withBudget(Long cents) {
        return new CreateProgram(businessId, programType, promotionCode, start, end, cents, currency, autobid,
                maxBidCents, pacing, feePeriod, adCategories);
    }

    public CreateProgram withBidding(Boolean newAutobid, Long newMaxBidCents) {
        return new CreateProgram(businessId, programType, promotionCode, start, end, budgetCents, currency,
                newAutobid, newMaxBidCents, pacing, feePeriod, adCategories);
    }

    public CreateProgram withPacing(PacingMethod newPacing) {
        return new CreateProgram(businessId, programType, promotionCode, start, end, budgetCents, currency, autobid,
                maxBidCents, newPacing, feePeriod, adCategories);
    }

    public CreateProgram withCategories(List<String> aliases) {
        return new CreateProgram(businessId, programType, promotionCode, start, end, budgetCents, currency, autobid,
                maxBidCents, pacing, feePeriod, aliases);
    }
}
