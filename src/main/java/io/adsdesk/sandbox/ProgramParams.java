package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query-string parameters of a create or edit, typed. Absent ones are null. Only malformed
 * ones fail here (the caller answers 400); everything else is judged later, inside the job.
 *
 * @param pacing "PACED" or "UNPACED" (accepted in any case, echoed upper case)
 * @param adCategories the repeated ad_categories values in order (blank ones dropped), or null when not sent
 */
record ProgramParams(
        String businessId,
        String programName,
        String promotionCode,
        LocalDate start,
        LocalDate end,
        Long budget,
        LocalDate futureBudgetDate,
        String currency,
        Boolean autobid,
        Long maxBid,
        String pacing,
        String feePeriod,
        List<String> adCategories) {

    static final Set<String> PROGRAM_TYPES = Set.of("BP", "EP", "CPC", "RCA", "CTA", "SLIDESHOW", "BH", "VL",
            "LOGO", "PORTFOLIO");
    private static final Set<String> PACINGS = Set.of("PACED", "UNPACED");
    private static final Set<String> FEE_PERIODS = Set.of("CALENDAR_MONTH", "ROLLING_MONTH");

    /** One echoed parameter: its receipt name and its value as the receipt writes it (a string). */
    record Echo(String name, String value) {
    }

    static ProgramParams none() {
        return new ProgramParams(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** {@code /v1/reseller/program/create}: business_id and program_name are required. */
    static ProgramParams create(PartnerRequest r) {
        String business = required(r, "business_id");
        String name = required(r, "program_name");
        if (!PROGRAM_TYPES.contains(name)) {
            throw new PartnerRequest.BadRequest("program_name must be one of " + String.join(", ",
                    PROGRAM_TYPES.stream().sorted().toList()) + ", got '" + name + "'");
        }
        String currency = r.param("currency");
        if (currency != null && !currency.trim().matches("[A-Za-z]{3}")) {
            throw new PartnerRequest.BadRequest("currency must be an ISO-4217 code, got '" + currency + "'");
        }
        return new ProgramParams(business, name, r.param("promotion_code"), date(r, "start"), date(r, "end"),
                integer(r, "budget"), null, currency == null ? null : currency.trim().toUpperCase(Locale.ROOT),
                bool(r, "is_autobid"), integer(r, "max_bid"), choice(r, "pacing_method", PACINGS),
                choice(r, "fee_period", FEE_PERIODS), categories(r));
    }

    /** {@code /v1/reseller/program/{id}/edit}: parameters of other writes are ignored. */
    static ProgramParams edit(PartnerRequest r) {
        return new ProgramParams(null, null, null, date(r, "start"), date(r, "end"), integer(r, "budget"),
                date(r, "future_budget_date"), null, null, integer(r, "max_bid"),
                choice(r, "pacing_method", PACINGS), null, categories(r));
    }

    boolean cpc() {
        return "CPC".equals(programName);
    }

    /** The scalar parameters that were sent, in a fixed order, as strings (ad_categories apart). */
    List<Echo> echoes() {
        List<Echo> echoes = new ArrayList<>();
        add(echoes, "yelp_business_id", businessId);
        add(echoes, "program_name", programName);
        add(echoes, "promotion_code", promotionCode);
        add(echoes, "start", start);
        add(echoes, "end", end);
        add(echoes, "budget", budget);
        add(echoes, "future_budget_date", futureBudgetDate);
        add(echoes, "currency", currency);
        add(echoes, "is_autobid", autobid);
        add(echoes, "max_bid", maxBid);
        add(echoes, "pacing_method", pacing);
        add(echoes, "fee_period", feePeriod);
        return echoes;
    }

    private static void add(List<Echo> echoes, String name, Object value) {
        if (value != null) {
            echoes.add(new Echo(name, value.toString()));
        }
    }

    private static String required(PartnerRequest r, String name) {
        String value = r.param(name);
        if (value == null || value.isBlank()) {
            throw new PartnerRequest.BadRequest("missing required parameter " + name);
        }
        return value.trim();
    }

    private static Long integer(PartnerRequest r, String name) {
        String text = r.param(name);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new PartnerRequest.BadRequest(name + " must be an integer (cents), got '" + text + "'");
        }
    }

    private static LocalDate date(PartnerRequest r, String name) {
        String text = r.param(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new PartnerRequest.BadRequest(name + " must be a date YYYY-MM-DD, got '" + text + "'");
        }
    }

    private static Boolean bool(PartnerRequest r, String name) {
        String text = r.param(name);
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new PartnerRequest.BadRequest(name + " must be true or false, got '" + text + "'");
        };
    }

    private static String choice(PartnerRequest r, String name, Set<String> allowed) {
        String text = r.param(name);
        if (text == null) {
            return null;
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new PartnerRequest.BadRequest(name + " must be one of " + String.join(", ",
                    allowed.stream().map(s -> s.toLowerCase(Locale.ROOT)).sorted().toList()) + ", got '" + text + "'");
        }
        return upper;
    }

    private static List<String> categories(PartnerRequest r) {
        List<String> values = r.query().get("ad_categories");
        if (values == null) {
            return null;
        }
        return values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
