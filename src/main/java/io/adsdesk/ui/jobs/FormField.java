package io.adsdesk.ui.jobs;

import java.util.Arrays;

/** The fields of the program form, each with the wire name its {@code FieldError}s carry. */
public enum FormField {
    BUSINESS("business_id"),
    TYPE("program_name"),
    BUDGET("budget"),
    AUTOBID("is_autobid"),
    MAX_BID("max_bid"),
    PACING("pacing_method"),
    FEE_PERIOD("fee_period"),
    CATEGORIES("ad_categories"),
    START("start"),
    END("end"),
    FUTURE_BUDGET_DATE("future_budget_date"),
    /** The action as a whole, and anything without a field of its own (e.g. currency). */
    PROGRAM("program");

    private final String wireName;

    FormField(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The field an error belongs to; unknown names go to {@link #PROGRAM}. */
    public static FormField ofWire(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst().orElse(PROGRAM);
    }

    /** "form-max-bid", "error-max-bid": node ids. */
    public String idSuffix() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
