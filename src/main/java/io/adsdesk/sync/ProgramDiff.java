package io.adsdesk.sync;

import io.adsdesk.model.ChangedField;
import io.adsdesk.model.FutureBudgetChange;
import io.adsdesk.model.PageUpgradeInfo;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields that differ between a stored program and the copy a sync received, as text fit to show
 * and export: money in dollars with a dot, dates ISO, lists comma-separated, "" for none.
 */
final class ProgramDiff {
    private record Field(String label, Function<Program, String> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("Type", Program::programType),
            new Field("Start", p -> text(p.startDate())),
            new Field("End", p -> p.endDate() == null ? "open-ended" : p.endDate().toString()),
            new Field("Active", p -> yesNo(p.active())),
            new Field("Paused", p -> yesNo(p.paused())),
            new Field("Monthly budget", p -> dollars(p.budgetCents())),
            new Field("Max bid", p -> dollars(p.maxBidCents())),
            new Field("Currency", Program::currency),
            new Field("Autobid", p -> p.autobid() == null ? "" : yesNo(p.autobid())),
            new Field("Fee period", p -> p.feePeriod() == null ? "" : p.feePeriod().label()),
            new Field("Impressions", p -> Long.toString(p.billedImpressions())),
            new Field("Clicks", p -> Long.toString(p.billedClicks())),
            new Field("Ad cost", p -> dollars(p.adCostCents())),
            new Field("Businesses", p -> String.join(", ", p.businesses().stream().map(ProgramDiff::business).toList())),
            new Field("Categories", p -> String.join(", ", p.adCategories())),
            new Field("Active features", p -> String.join(", ", p.activeFeatures())),
            new Field("Available features", p -> String.join(", ", p.availableFeatures())),
            new Field("Budget changes", p -> String.join(", ", p.futureBudgetChanges().stream().map(ProgramDiff::budget).toList())),
            new Field("Page upgrade", p -> page(p.pageUpgradeInfo())));

    private ProgramDiff() {
    }

    /** The changed fields, in table order; empty when the two are the same program. */
    static List<ChangedField> between(Program before, Program after) {
        List<ChangedField> changed = new ArrayList<>();
        for (Field f : FIELDS) {
            String old = Objects.toString(f.value().apply(before), "");
            String now = Objects.toString(f.value().apply(after), "");
            if (!old.equals(now)) {
                changed.add(new ChangedField(f.label(), old, now));
            }
        }
        return changed;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    static String dollars(Long cents) {
        return cents == null ? "" : BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String business(ProgramBusiness b) {
        return b.partnerBusinessId() == null ? b.yelpBusinessId() : b.yelpBusinessId() + " (" + b.partnerBusinessId() + ")";
    }

    private static String budget(FutureBudgetChange c) {
        return dollars(c.newBudgetCents()) + " from " + text(c.startDate());
    }

    private static String page(PageUpgradeInfo info) {
        if (info == null) {
            return "";
        }
        return "rate " + (info.monthlyRate() == null ? "" : info.monthlyRate().toPlainString())
                + ", cost " + (info.cost() == null ? "" : info.cost().toPlainString());
    }
}
