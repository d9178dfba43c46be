package io.adsdesk.actions;

import io.adsdesk.model.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares the registry copy of a program with the live one, field by field, on what a user sets
 * (dates, state, money, bidding, categories). Spend and click counters move all the time and are
 * not conflicts; nor is a value the registry never knew (null or an empty list).
 */
final class ConflictCheck {
    private ConflictCheck() {
    }

    static List<FieldChange> changes(Program registry, Program live) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "start", registry, live, Program::startDate, String::valueOf);
        compare(changes, "end", registry, live, p -> p.endDate() == null ? "no end" : p.endDate(), String::valueOf);
        compare(changes, "active", registry, live, Program::active, String::valueOf);
        compare(changes, "paused", registry, live, Program::paused, String::valueOf);
        compare(changes, "budget", registry, live, Program::budgetCents, v -> Money.format((Long) v));
        compare(changes, "max_bid", registry, live, Program::maxBidCents, v -> Money.format((Long) v));
        compare(changes, "is_autobid", registry, live, Program::autobid, String::valueOf);
        compare(changes, "currency", registry, live, Program::currency, String::valueOf);
        compare(changes, "fee_period", registry, live, Program::feePeriod, String::valueOf);
        if (!registry.adCategories().isEmpty()) {
            compare(changes, "ad_categories", registry, live, Program::adCategories, String::valueOf);
        }
        compare(changes, "future_budget_changes", registry, live, Program::futureBudgetChanges,
                v -> String.valueOf(((List<?>) v).size()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Program registry, Program live,
                                Function<Program, Object> get, Function<Object, String> show) {
        Object old = get.apply(registry);
        Object now = get.apply(live);
        if (old == null || Objects.equals(old, now)) {
            return;
        }
        changes.add(new FieldChange(field, show.apply(old), now == null ? "" : show.apply(now)));
    }
}
