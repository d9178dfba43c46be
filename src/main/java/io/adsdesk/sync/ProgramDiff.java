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
    /** A field: its value as compared (cheap: no text is built for the fields that did not change), and as shown. */
    private record Field(String label, Function<Program, Object> value, Function<Program, String> text) {
        static Field of(String label, Function<Program, Object> value, Function<Program, String> text) {
            return new Field(label, value, text);
        }

        static Field plain(String label, Function<Program, Object> value) {
            return new Field(label, value, p -> Objects.toString(value.apply(p), ""));
        }
    }

    private static final List<Field> FIELDS = List.of(
            Field.plain("Type", Program::programType),
            Field.plain("Start", Program::startDate),
            Field.of("End", Program::endDate, p -> p.endDate() == null ? "open-ended" : p.endDate().toString()),
            Field.of("Active", Program::active, p -> yesNo(p.active())),
            Field.of("Paused", Program::paused, p -> yesNo(p.paused())),
            Field.of(ChangedField.MONTHLY_BUDGET, Program::budgetCents, p -> dollars(p.budgetCents())),
            Field.of(ChangedField.MAX_BID, Program::maxBidCents, p -> dollars(p.maxBidCents())),
            Field.plain("Currency", Program::currency),
            Field.of("Autobid", Program::autobid, p -> p.autobid() == null ? "" : yesNo(p.autobid())),
            Field.of("Fee period", Program::feePeriod, p -> p.feePeriod() == null ? "" : p.feePeriod().label()),
            Field.plain("Impressions", Program::billedImpressions),
            Field.plain("Clicks", Program::billedClicks),
            Field.of(ChangedField.AD_COST, Program::adCostCents, p -> dollars(p.adCostCents())),
            Field.of("Businesses", Program::businesses,
                    p -> String.join(", ", p.businesses().stream().map(ProgramDiff::business).toList())),
            Field.of("Categories", Program::adCategories, p -> String.join(", ", p.adCategories())),
            Field.of("Active features", Program::activeFeatures, p -> String.join(", ", p.activeFeatures())),
            Field.of("Available features", Program::availableFeatures, p -> String.join(", ", p.availableFeatures())),
            Field.of(ChangedField.BUDGET_CHANGES, Program::futureBudgetChanges,
                    p -> String.join(", ", p.futureBudgetChanges().stream().map(ProgramDiff::budget).toList())),
            Field.of(ChangedField.PAGE_UPGRADE, Program::pageUpgradeInfo, p -> page(p.pageUpgradeInfo())));

    private ProgramDiff() {
    }

    /** The changed fields, in table order; empty when the two are the same program. */
    static List<ChangedField> between(Program before, Program after) {
        List<ChangedField> changed = new ArrayList<>();
        for (Field f : FIELDS) {
            if (!Objects.equals(f.value().apply(before), f.value().apply(after))) {
                changed.add(new ChangedField(f.label(), f.text().apply(before), f.text().apply(after)));
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
