package io.adsdesk.sandbox;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Knobs that make the read routes send odd or broken values for some programs, to test how the
 * client copes with data that strays from the contract (partner-api.md §6.9): nulls inside lists,
 * values longer than any sane column, dates in other spellings, amounts that cannot be real. Each
 * kind applies to N programs; all are off (0) by default, and then every program is written exactly
 * as the contract says. Kinds never share a program: the k-th kind takes programs at creation
 * positions k, k + 8, k + 16, … (see {@link #affected}). Thread-safe.
 */
public final class OddValues {
    /** How a program's JSON strays. */
    public enum Kind {
        /** {@code businesses}, {@code future_budget_changes} and {@code active_features} start with a {@code null} entry. */
        NULLS_IN_LISTS,
        /** A 300-character longer program ID, a program type and partner business ID past any column limit. */
        LONG_VALUES,
        /** Unambiguous but off-contract dates: start as {@code 20300105}, end as {@code 2030-1-5}. */
        COMPACT_DATES,
        /** Dates whose order is a convention: start as {@code 31.12.2019}, end as {@code 12/31/2030}. */
        AMBIGUOUS_DATES,
        /** A budget of {@code 1E+30} cents: valid JSON, not a real amount. */
        HUGE_BUDGETS,
        /** A negative budget. */
        NEGATIVE_BUDGETS,
        /** A budget with a fraction of a cent: the real budget plus 0.75. */
        FRACTIONAL_BUDGETS,
        /** {@code program_id} is null: the entry cannot be told apart from any other program. */
        MISSING_IDS;

        /** The knob's snake_case name, e.g. {@code nulls_in_lists}. */
        public String knob() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int KINDS = Kind.values().length;
    /** What LONG_VALUES appends to a program ID. */
    static final String LONG_SUFFIX = "-" + "L".repeat(300);

    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

    public synchronized void set(Kind kind, int programs) {
        if (programs < 0) {
            throw new IllegalArgumentException(kind.knob() + " must be >= 0, got " + programs);
        }
        counts.put(kind, programs);
    }

    public synchronized int count(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public synchronized void reset() {
        counts.clear();
    }

    synchronized boolean anyOn() {
        return counts.values().stream().anyMatch(n -> n > 0);
    }

    /** The programs (by their true ID) of one kind, among programs in creation order. */
    public List<String> affected(Kind kind, List<String> idsInCreationOrder) {
        int wanted = count(kind);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = kind.ordinal(); i < idsInCreationOrder.size() && ids.size() < wanted; i += KINDS) {
            ids.add(idsInCreationOrder.get(i));
        }
        return ids;
    }

    /** The odd kinds of every affected program, by true ID; empty (and free) when all knobs are off. */
    Map<String, Set<Kind>> plan(List<SandboxProgram> inCreationOrder) {
        if (!anyOn()) {
            return Map.of();
        }
        List<String> ids = inCreationOrder.stream().map(SandboxProgram::id).toList();
        Map<String, Set<Kind>> plan = new HashMap<>();
        for (Kind kind : Kind.values()) {
            for (String id : affected(kind, ids)) {
                plan.computeIfAbsent(id, k -> EnumSet.noneOf(Kind.class)).add(kind);
            }
        }
        return plan;
    }
}
