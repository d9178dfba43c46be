package io.adsdesk.ui.jobs;

import java.util.Arrays;

/** The fields of the program form, in form order, each with its label and the wire name its {@code FieldError}s carry. */
public enum FormField {
    BUSINESS("business_id", "Business"),
    TYPE("program_name", "Program type"),
    BUDGET("budget", "Monthly budget ($)"),
    AUTOBID("is_autobid", "Bidding"),
    MAX_BID("max_bid", "Maximum bid ($)"),
    PACING("pacing_method", "Pacing"),
    FEE_PERIOD("fee_period", "Fee period"),
    CATEGORIES("ad_categories", "Ad categories"),
    START("start", "Start date"),
    END("end", "End date"),
    FUTURE_BUDGET_DATE("future_budget_date", "New budget from"),
    /** The action as a whole, and anything without a field of its own (e.g. currency). */
    PROGRAM("program", "Program");

    private final String wireName;
    private final String label;

    FormField(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    /** The field's label in the form, e.g. "Monthly budget ($)". */
    public String label() {
        return label;
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
