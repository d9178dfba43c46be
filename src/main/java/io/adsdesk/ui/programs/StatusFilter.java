package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramStatus;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The status filter: the derived {@link ProgramStatus}es to show. Empty (or every status) means all.
 *
 * @param statuses the chosen statuses; empty for "All statuses"
 */
public record StatusFilter(Set<ProgramStatus> statuses) {
    public static final StatusFilter ALL = new StatusFilter(Set.of());
    public static final StatusFilter CURRENT = of(ProgramStatus.CURRENT);
    public static final StatusFilter PAST = of(ProgramStatus.PAST);
    public static final StatusFilter FUTURE = of(ProgramStatus.FUTURE);
    public static final StatusFilter PAUSED = of(ProgramStatus.PAUSED);

    public StatusFilter {
        statuses = statuses == null || statuses.isEmpty() || statuses.size() == ProgramStatus.values().length
                ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    public static StatusFilter of(ProgramStatus... statuses) {
        return new StatusFilter(statuses.length == 0 ? Set.of() : EnumSet.copyOf(List.of(statuses)));
    }

    public static StatusFilter of(Collection<ProgramStatus> statuses) {
        return new StatusFilter(statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses));
    }

    /** The single-status choices and "All", for menus. */
    public static List<StatusFilter> values() {
        return List.of(ALL, CURRENT, PAST, FUTURE, PAUSED);
    }

    public boolean isAll() {
        return statuses.isEmpty();
    }

    public boolean matches(ProgramStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    /** Whether every status this filter lets through is also let through by {@code other}. */
    public boolean within(StatusFilter other) {
        return other.isAll() || !isAll() && other.statuses.containsAll(statuses);
    }

    public StatusFilter with(ProgramStatus status, boolean chosen) {
        EnumSet<ProgramStatus> set = statuses.isEmpty() ? EnumSet.noneOf(ProgramStatus.class) : EnumSet.copyOf(statuses);
        if (chosen) {
            set.add(status);
        } else {
            set.remove(status);
        }
        return new StatusFilter(set);
    }

    /** "All statuses", "PAUSED", "CURRENT, PAUSED". */
    public String label() {
        return isAll() ? "All statuses" : EnumSet.copyOf(statuses).stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label();
    }
}
