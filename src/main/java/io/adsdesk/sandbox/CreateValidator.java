package io.adsdesk.sandbox;

import java.time.LocalDate;

/**
 * Judges a create job against the account when it is processed (partner-api.md §6.4.4): business
 * problems reject the business entry, everything else the program_added group. First failure wins.
 */
final class CreateValidator {
    static final long MIN_BUDGET = 2500;
    static final long MIN_BID = 50;

    private final AccountView view;
    private final LocalDate today;
    private final boolean omittedCategoriesSucceed;

    CreateValidator(AccountView view, LocalDate today, boolean omittedCategoriesSucceed) {
        this.view = view;
        this.today = today;
        this.omittedCategoriesSucceed = omittedCategoriesSucceed;
    }

    Verdict validate(ProgramParams p) {
        SandboxBusiness b = view.business(p.businessId());
        if (b == null) {
            return Verdict.business("BUSINESS_AUTHORIZATION_FAILED");
        }
        if (b.closed()) {
            return Verdict.business(new JobError("BUSINESS_NOT_ACTIVE",
                    "ValidationError: This business cannot be accessed because it is closed."));
        }
        if (b.removedFromSearch()) {
            return Verdict.business("BUSINESS_NOT_ACTIVE");
        }
        Verdict categories = CategoryCheck.check(b, p.cpc(), p.adCategories(), omittedCategoriesSucceed);
        if (categories.groupError() != null && categories.groupError().code().equals("UNSUPPORTED_CATEGORIES")) {
            return categories;
        }
        if (!p.cpc() && alreadyRequested(b, p.programName())) {
            return Verdict.group("PROGRAM_ALREADY_REQUESTED");
        }
        if (p.currency() != null && !p.currency().equals(ProgramGenerator.currency(b))) {
            return Verdict.group("CURRENCY_MISMATCH", "The business is billed in " + ProgramGenerator.currency(b)
                    + ", not " + p.currency() + ".");
        }
        LocalDate start = p.start() == null ? today : p.start();
        if (start.isBefore(today) || (p.end() != null && p.end().isBefore(today))) {
            return Verdict.group("CANNOT_ADD_PROGRAM_IN_PAST");
        }
        if (p.end() != null && p.end().isBefore(start)) {
            return Verdict.group("INVALID_OR_MISSING_KEY", "end must not be before start.");
        }
        return p.cpc() ? cpc(p, categories) : Verdict.OK;
    }

    private Verdict cpc(ProgramParams p, Verdict categories) {
        if (p.budget() == null || p.autobid() == null) {
            return Verdict.group("INVALID_OR_MISSING_KEY", "Invalid or missing key(s): "
                    + (p.budget() == null ? "budget" : "is_autobid") + ".");
        }
        if (!p.autobid() && p.maxBid() == null) {
            return Verdict.group("INVALID_OR_MISSING_KEY", "max_bid is required when is_autobid is false.");
        }
        Verdict prices = prices(p.budget(), p.maxBid());
        if (!prices.ok()) {
            return prices;
        }
        if ("UNPACED".equals(p.pacing()) && p.autobid()) {
            return Verdict.group("INVALID_OR_MISSING_KEY", "pacing_method unpaced cannot be used with autobid.");
        }
        return categories;
    }

    /** The price rules shared with edits: budget at least $25, bid at least 50¢ and not above the budget. */
    static Verdict prices(Long budget, Long maxBid) {
        if (budget != null && budget < MIN_BUDGET) {
            return Verdict.group("INVALID_PRICE", "budget must be at least " + MIN_BUDGET + " cents.");
        }
        if (maxBid != null && maxBid < MIN_BID) {
            return Verdict.group("INVALID_PRICE", "max_bid must be at least " + MIN_BID + " cents.");
        }
        if (maxBid != null && budget != null && maxBid > budget) {
            return Verdict.group("BID_TOO_HIGH_FOR_BUDGET");
        }
        return Verdict.OK;
    }

    /** A page product of this type that is running or yet to start for the business. */
    private boolean alreadyRequested(SandboxBusiness b, String type) {
        return view.programsOf(b.id()).stream()
                .anyMatch(q -> q.type().equals(type) && !q.past(today));
    }
}
