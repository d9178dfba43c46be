package io.adsdesk.actions;

import java.util.Map;

/** Yelp's receipt error codes in plain words. Unknown codes show the code and Yelp's own message. */
public final class ErrorCodes {
    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("BUSINESS_NOT_ACTIVE", "The business is closed or removed from Yelp search, so it cannot advertise."),
            Map.entry("PROGRAM_NOT_ACTIVE_CLOSED_BUSINESS", "The program is not active because the business is closed."),
            Map.entry("PROGRAM_NOT_ACTIVE_BUSINESS_REMOVED_FROM_SEARCH",
                    "The program is not active because the business was removed from Yelp search."),
            Map.entry("PROGRAM_HAS_EXPIRED", "The program has already ended and can no longer be changed."),
            Map.entry("BUSINESS_AUTHORIZATION_FAILED",
                    "This account is not authorized to manage that business. Check the business ID and the account."),
            Map.entry("INVALID_OR_MISSING_KEY", "A required value is missing or not valid for this program."),
            Map.entry("INVALID_OR_MISSING_REQUIRED_KEY", "A required value is missing or not valid for this program."),
            Map.entry("PROGRAM_ALREADY_RUNNING_BY_ANOTHER_PROVIDER",
                    "Another advertising provider already runs this program for the business."),
            Map.entry("CANNOT_ADD_PROGRAM_IN_PAST", "The start or end date is in the past (Pacific time)."),
            Map.entry("PROGRAM_ALREADY_REQUESTED", "The business already has this program running or requested."),
            Map.entry("CONFLICTS_WITH_ANOTHER_ACTIVE_PROGRAM", "It conflicts with another active program of the business."),
            Map.entry("PARENT_WAS_REJECTED", "Not applied because the change it belongs to was rejected."),
            Map.entry("CANNOT_DECREASE_BUDGET_BELOW_AMOUNT_ALREADY_SPENT",
                    "The budget cannot be lowered below what was already spent this period."),
            Map.entry("CURRENCY_MISMATCH", "The currency does not match the business's billing currency."),
            Map.entry("BUSINESS_RESTRICTED_FROM_ADVERTISING", "The business is restricted from advertising on Yelp."),
            Map.entry("INVALID_PRICE", "The budget or maximum bid is not a valid amount (budget at least $25.00, "
                    + "bid at least the minimum Yelp accepts)."),
            Map.entry("UNSUPPORTED_CATEGORIES",
                    "The business is in a category Yelp does not sell advertising for (for example landmarks)."),
            Map.entry("BID_TOO_HIGH_FOR_BUDGET", "The maximum bid is too high for the budget. Lower the bid or raise the budget."),
            Map.entry("COULD_NOT_MODIFY_PROGRAM",
                    "Yelp could not change the program (for example a start date after it started, or an end date in the past)."),
            Map.entry("NO_CATEGORIES", "The business has no categories to advertise in."),
            Map.entry("CAMPAIGN_BUDGET_VIOLATES_PROMO_RESTRICTIONS", "The budget breaks the promotion code's restrictions."),
            Map.entry("CATEGORY_ALIAS_NOT_RECOGNIZED",
                    "A category is not one of the business's category aliases (use aliases such as 'hvac', not labels)."),
            Map.entry("INVALID_LIST_INDEXES", "Some items of a list were not accepted."),
            Map.entry("PROGRAM_NOT_FOUND", "Yelp does not know this program for this account."),
            Map.entry("INVALID_PROGRAM_ID", "Yelp does not know this program for this account."),
            Map.entry("FEE_PERIOD_TYPE_NOT_SUPPORTED_ERROR", "That fee period is not supported for this program."),
            Map.entry("JOB_NOT_FOUND", "Yelp no longer knows this job."));

    private ErrorCodes() {
    }

    public static boolean isKnown(String code) {
        return code != null && PLAIN.containsKey(code);
    }

    /** Plain words for the code, or for an unknown one "CODE: Yelp's message". */
    public static String describe(String code, String yelpMessage) {
        String plain = code == null ? null : PLAIN.get(code);
        if (plain != null) {
            return plain;
        }
        String name = code == null ? "Unknown error" : code;
        return yelpMessage == null || yelpMessage.isBlank() ? name : name + ": " + yelpMessage;
    }
}
