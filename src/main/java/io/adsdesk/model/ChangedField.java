package io.adsdesk.model;

import java.util.Set;

/**
 * One field a sync changed, old and new value as text fit to show ("" for none). Money is stored in
 * dollars with a dot ("1250.00"), future budget changes as "1250.00 from 2026-04-01" joined by ", ";
 * screens spell them as they spell money elsewhere.
 */
public record ChangedField(String field, String oldValue, String newValue) {
    public static final String MONTHLY_BUDGET = "Monthly budget";
    public static final String MAX_BID = "Max bid";
    public static final String AD_COST = "Ad cost";
    public static final String BUDGET_CHANGES = "Budget changes";
    /** Stored as "rate 29.99, cost 0.00" (dollars, either may be blank). */
    public static final String PAGE_UPGRADE = "Page upgrade";
    /** The fields whose values are one amount of money. */
    public static final Set<String> MONEY = Set.of(MONTHLY_BUDGET, MAX_BID, AD_COST);
}
