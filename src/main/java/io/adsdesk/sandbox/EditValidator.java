package io.adsdesk.sandbox;

import java.time.LocalDate;

/**
 * Judges an edit or end job against the program as it is when the job is processed
 * (partner-api.md §2.2, §6.4.4). An ended program rejects the business entry with
 * PROGRAM_HAS_EXPIRED; an unknown one the group with COULD_NOT_MODIFY_PROGRAM.
 */
final class EditValidator {
    private final AccountView view;
    private final LocalDate today;
    private final boolean omittedCategoriesSucceed;

    EditValidator(AccountView view, LocalDate today, boolean omittedCategoriesSucceed) {
        this.view = view;
        this.today = today;
        this.omittedCategoriesSucceed = omittedCategoriesSucceed;
    }

    Verdict validate(JobKind kind, String programId, ProgramParams p) {
        SandboxProgram program = view.program(programId);
        if (program == null) {
            return Verdict.group("COULD_NOT_MODIFY_PROGRAM", "Program " + programId + " was not found.");
        }
        if (program.past(today)) {
            return Verdict.business("PROGRAM_HAS_EXPIRED");
        }
        if (kind == JobKind.END) {
            return Verdict.OK;
        }
        SandboxBusiness b = view.business(program.businessIds().getFirst());
        if (b != null && b.closed()) {
            return Verdict.business("PROGRAM_NOT_ACTIVE_CLOSED_BUSINESS");
        }
        if (b != null && b.removedFromSearch()) {
            return Verdict.business("PROGRAM_NOT_ACTIVE_BUSINESS_REMOVED_FROM_SEARCH");
        }
        Verdict dates = dates(program, p);
        if (!dates.ok() || !program.type().equals("CPC")) {
            return dates.ok() ? nonCpc(p) : dates;
        }
        return cpc(program, p, b);
    }

    private Verdict dates(SandboxProgram program, ProgramParams p) {
        if (p.start() != null && !program.future(today)) {
            return Verdict.group("COULD_NOT_MODIFY_PROGRAM", "start cannot change once the program has started.");
        }
        if (p.start() != null && p.start().isBefore(today)) {
            return Verdict.group("COULD_NOT_MODIFY_PROGRAM", "start cannot move before today.");
        }
        LocalDate start = p.start() == null ? program.startDate() : p.start();
        if (p.end() != null && (p.end().isBefore(today) || p.end().isBefore(start))) {
            return Verdict.group("COULD_NOT_MODIFY_PROGRAM", "end cannot be in the past or before start.");
        }
        return Verdict.OK;
    }

    private static Verdict nonCpc(ProgramParams p) {
        if (p.budget() != null || p.futureBudgetDate() != null || p.maxBid() != null || p.pacing() != null
                || p.adCategories() != null) {
            return Verdict.group("INVALID_OR_MISSING_KEY",
                    "budget, future_budget_date, max_bid, pacing_method and ad_categories apply to CPC programs only.");
        }
        return Verdict.OK;
    }

    private Verdict cpc(SandboxProgram program, ProgramParams p, SandboxBusiness b) {
        if (p.futureBudgetDate() != null && p.budget() == null) {
            return Verdict.group("INVALID_OR_MISSING_KEY", "future_budget_date needs a budget.");
        }
        if (p.futureBudgetDate() != null && !p.futureBudgetDate().isAfter(today)) {
            return Verdict.group("INVALID_OR_MISSING_KEY", "future_budget_date must be after today.");
        }
        if (p.maxBid() != null && program.autobid()) {
            return Verdict.group("INVALID_OR_MISSING_KEY", "max_bid applies only to programs not on autobid.");
        }
        long budget = p.budget() == null ? program.budget() : p.budget();
        Long maxBid = p.maxBid() != null ? p.maxBid() : program.autobid() ? null : program.maxBid();
        Verdict prices = CreateValidator.prices(p.budget() == null ? null : budget, p.maxBid());
        if (!prices.ok()) {
            return prices;
        }
        if (maxBid != null && maxBid > budget) {
            return Verdict.group("BID_TOO_HIGH_FOR_BUDGET");
        }
        if (p.budget() != null && p.futureBudgetDate() == null && budget < program.budget()
                && budget < program.adCost()) {
            return Verdict.group("CANNOT_DECREASE_BUDGET_BELOW_AMOUNT_ALREADY_SPENT");
        }
        if ("UNPACED".equals(p.pacing()) && program.autobid()) {
            return Verdict.group("INVALID_OR_MISSING_KEY", "pacing_method unpaced cannot be used with autobid.");
        }
        if (p.adCategories() != null && b != null) {
            return CategoryCheck.check(b, true, p.adCategories(), omittedCategoriesSucceed);
        }
        return Verdict.OK;
    }
}
