package io.adsdesk.api;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.command.CreateProgram;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parameters of {@code POST /v1/reseller/program/create}, made from a
 * {@link CreateProgram} command. Money is integer cents, as on the wire: nothing between here and
 * the request multiplies or divides it. Null means "not sent".
 *
 * @param programType BP, EP, CPC, RCA, CTA, SLIDESHOW, BH, VL, LOGO or PORTFOLIO
 * @param adCategories category aliases (e.g. {@code hvac}); null to let Yelp derive them
 */
public record CreateRequest(
        String businessId,
        String programType,
        String promotionCode,
        LocalDate start,
        LocalDate end,
        Long budgetCents,
        String currency,
        Boolean autobid,
        Long maxBidCents,
        Pacing pacing,
        FeePeriod feePeriod,
        List<String> adCategories) {

    public CreateRequest {
        adCategories = adCategories == null ? null : List.copyOf(adCategories);
    }

    /** The wire form of a create command. */
    public static CreateRequest of(CreateProgram c) {
        return new CreateRequest(c.businessId(), c.programType(), c.promotionCode(), c.start(), c.end(), c.budgetCents(),
                c.currency(), c.autobid(), c.maxBidCents(), Pacing.of(c.pacing()), c.feePeriod(), c.adCategories());
    }

    /** The query parameters exactly as they will be sent, in a fixed order. */
    public Map<String, List<String>> parameters() {
        return new QueryString()
                .add("business_id", businessId)
                .add("program_name", programType)
                .add("promotion_code", promotionCode)
                .add("start", start)
                .add("end", end)
                .add("budget", budgetCents)
                .add("currency", currency)
                .add("is_autobid", autobid)
                .add("max_bid", maxBidCents)
                .add("pacing_method", pacing)
                .add("fee_period", feePeriod)
                .addAll("ad_categories", adCategories)
                .asMap();
    }
}
