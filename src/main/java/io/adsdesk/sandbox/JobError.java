package io.adsdesk.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * An error{code,message} of a receipt node. Messages follow real receipts where one was recorded
 * (often starting "ValidationError: "); the others are written in the same voice.
 */
record JobError(String code, String message) {
    static final String PARENT_WAS_REJECTED = "PARENT_WAS_REJECTED";

    /** Codes that belong on business_results[] rather than on the update group. */
    static final Set<String> BUSINESS_LEVEL = Set.of("BUSINESS_NOT_ACTIVE", "BUSINESS_AUTHORIZATION_FAILED",
            "PROGRAM_NOT_ACTIVE_CLOSED_BUSINESS", "PROGRAM_NOT_ACTIVE_BUSINESS_REMOVED_FROM_SEARCH",
            "PROGRAM_HAS_EXPIRED");

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry(PARENT_WAS_REJECTED,
                    "This item's parent was rejected, and as a result this item was also rejected."),
            Map.entry("BUSINESS_NOT_ACTIVE",
                    "ValidationError: This business cannot be accessed because it is removed from search."),
            Map.entry("BUSINESS_AUTHORIZATION_FAILED", "ValidationError: You are not authorized to change this business"),
            Map.entry("UNSUPPORTED_CATEGORIES", "This business does not qualify for Yelp advertising because it is"
                    + " in an advertising restricted category (e.g. landmarks, airport terminals)."),
            Map.entry("CATEGORY_ALIAS_NOT_RECOGNIZED", "ValidationError: The provided category alias does not exist."),
            Map.entry("INVALID_LIST_INDEXES", "ValidationError: The list expected all items to validate."),
            Map.entry("NO_CATEGORIES", "ValidationError: The business has no categories to advertise in."),
            Map.entry("CANNOT_ADD_PROGRAM_IN_PAST", "ValidationError: A program cannot start in the past."),
            Map.entry("PROGRAM_ALREADY_REQUESTED",
                    "ValidationError: A program of this type is already active or requested for this business."),
            Map.entry("CURRENCY_MISMATCH", "ValidationError: The currency does not match the business's currency."),
            Map.entry("PROGRAM_HAS_EXPIRED", "ValidationError: This program has already ended."),
            Map.entry("COULD_NOT_MODIFY_PROGRAM", "ValidationError: The program could not be modified."),
            Map.entry("CANNOT_DECREASE_BUDGET_BELOW_AMOUNT_ALREADY_SPENT",
                    "ValidationError: The budget cannot be lower than the amount already spent this period."),
            Map.entry("BID_TOO_HIGH_FOR_BUDGET", "ValidationError: The maximum bid is higher than the budget."),
            Map.entry("INVALID_OR_MISSING_KEY", "ValidationError: Invalid or missing key(s)."),
            Map.entry("INVALID_OR_MISSING_REQUIRED_KEY", "ValidationError: Invalid or missing required key(s)."),
            Map.entry("INVALID_PRICE", "ValidationError: The price is not valid."),
            Map.entry("PROGRAM_NOT_ACTIVE_CLOSED_BUSINESS",
                    "ValidationError: This program is not active because the business is closed."),
            Map.entry("PROGRAM_NOT_ACTIVE_BUSINESS_REMOVED_FROM_SEARCH",
                    "ValidationError: This program is not active because the business is removed from search."));

    static JobError of(String code) {
        return new JobError(code, MESSAGES.getOrDefault(code, "ValidationError: " + code + "."));
    }

    static JobError of(String code, String detail) {
        return new JobError(code, "ValidationError: " + detail);
    }

    static JobError parentWasRejected() {
        return of(PARENT_WAS_REJECTED);
    }

    boolean businessLevel() {
        return BUSINESS_LEVEL.contains(code);
    }
}
