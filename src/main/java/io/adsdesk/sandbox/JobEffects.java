package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.util.List;

/**
 * What a processed job changes in the account (partner-api.md §6.4.5): only parameters whose
 * receipt entry COMPLETED are applied, so a PARTIAL receipt changes exactly what it says.
 */
final class JobEffects {
    private final SandboxAccount account;

    JobEffects(SandboxAccount account) {
        this.account = account;
    }

    void apply(Job job, Receipt receipt) {
        if (receipt.rejected()) {
            return;
        }
        switch (job.kind()) {
            case CREATE -> create(job.params(), receipt);
            case EDIT -> account.updateProgram(job.identifier(), p -> edit(p, job.params(), receipt));
            case END -> account.endProgram(job.identifier());
        }
    }

    /** The new program: starts today unless start was given, open-ended unless end was, nothing billed. */
    private void create(ProgramParams p, Receipt r) {
        SandboxBusiness b = account.business(p.businessId()).orElseThrow();
        LocalDate today = account.today();
        boolean cpc = p.cpc();
        boolean autobid = cpc && Boolean.TRUE.equals(p.autobid());
        long budget = p.budget() == null ? 0 : p.budget();
        String feePeriod = r.applied("fee_period") && "ROLLING_MONTH".equals(p.feePeriod())
                ? "Rolling Month" : "Calendar Month";
        List<String> categories = cpc
                ? CategoryCheck.targets(b, r.applied("ad_categories") ? p.adCategories() : null) : List.of();
        SandboxProgram.PageUpgrade upgrade = !cpc && budget > 0 ? new SandboxProgram.PageUpgrade(budget, budget) : null;
        account.addProgram(new SandboxProgram(r.newProgramId(), p.programName(),
                r.applied("start") ? p.start() : today,
                r.applied("end") ? p.end() : SandboxProgram.OPEN_END,
                false, false, budget, p.currency() == null ? ProgramGenerator.currency(b) : p.currency(),
                autobid, cpc && !autobid ? p.maxBid() : null, 0, 0, 0, feePeriod, List.of(b.id()), categories,
                List.of(), cpc ? ProgramGenerator.FEATURES : List.of(), List.of(), upgrade));
    }

    /** Budget with future_budget_date is scheduled in future_budget_changes instead of changing now. */
    private static SandboxProgram edit(SandboxProgram program, ProgramParams p, Receipt r) {
        ProgramChange change = ProgramChange.of(program);
        if (r.applied("start")) {
            change.start(p.start());
        }
        if (r.applied("end")) {
            change.end(p.end());
        }
        if (r.applied("budget")) {
            if (r.applied("future_budget_date")) {
                change.futureBudget(p.budget(), p.futureBudgetDate());
            } else {
                change.budget(p.budget());
            }
        }
        if (r.applied("max_bid")) {
            change.maxBid(p.maxBid());
        }
        if (r.applied("ad_categories")) {
            change.adCategories(p.adCategories());
        }
        return change.build();
    }
}
