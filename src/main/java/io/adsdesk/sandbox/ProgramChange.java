package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Copies a program with some fields changed, for edits that touch several at once. */
final class ProgramChange {
    private final SandboxProgram p;
    private LocalDate start;
    private LocalDate end;
    private long budget;
    private Long maxBid;
    private List<String> adCategories;
    private final List<SandboxProgram.BudgetChange> budgetChanges;

    private ProgramChange(SandboxProgram p) {
        this.p = p;
        this.start = p.startDate();
        this.end = p.endDate();
        this.budget = p.budget();
        this.maxBid = p.maxBid();
        this.adCategories = p.adCategories();
        this.budgetChanges = new ArrayList<>(p.futureBudgetChanges());
    }

    static ProgramChange of(SandboxProgram p) {
        return new ProgramChange(p);
    }

    ProgramChange start(LocalDate date) {
        start = date;
        return this;
    }

    ProgramChange end(LocalDate date) {
        end = date;
        return this;
    }

    ProgramChange budget(long cents) {
        budget = cents;
        return this;
    }

    ProgramChange maxBid(Long cents) {
        maxBid = cents;
        return this;
    }

    ProgramChange adCategories(List<String> aliases) {
        adCategories = aliases;
        return this;
    }

    /** Schedules a budget change; one already scheduled for the same day is replaced. */
    ProgramChange futureBudget(long cents, LocalDate from) {
        budgetChanges.removeIf(c -> c.startDate().equals(from));
        budgetChanges.add(new SandboxProgram.BudgetChange(cents, from, budget));
        budgetChanges.sort((a, b) -> a.startDate().compareTo(b.startDate()));
        return this;
    }

    SandboxProgram build() {
        return new SandboxProgram(p.id(), p.type(), start, end, p.ended(), p.paused(), budget, p.currency(),
                p.autobid(), maxBid, p.billedImpressions(), p.billedClicks(), p.adCost(), p.feePeriod(),
                p.businessIds(), adCategories, p.activeFeatures(), p.availableFeatures(), budgetChanges,
                p.pageUpgrade());
    }
}
