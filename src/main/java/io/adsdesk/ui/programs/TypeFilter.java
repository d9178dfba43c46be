package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The type filter: the {@link ProgramType}s to show. Empty (or every type) means all types.
 *
 * @param types the chosen types; empty for "All types"
 */
public record TypeFilter(Set<ProgramType> types) {
    public static final TypeFilter ALL = new TypeFilter(Set.of());

    public TypeFilter {
        types = types == null || types.isEmpty() || types.size() == ProgramType.values().length
                ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    /** One type; null for all types. */
    public TypeFilter(ProgramType type) {
        this(type == null ? Set.of() : Set.of(type));
    }

    public static TypeFilter of(Collection<ProgramType> types) {
        return new TypeFilter(types.isEmpty() ? Set.of() : EnumSet.copyOf(types));
    }

    /** "All types" and each single type, for menus. */
    public static List<TypeFilter> choices() {
        List<TypeFilter> list = new ArrayList<>();
        list.add(ALL);
        for (ProgramType t : ProgramType.values()) {
            list.add(new TypeFilter(t));
        }
        return List.copyOf(list);
    }

    public boolean isAll() {
        return types.isEmpty();
    }

    public boolean matches(String programType) {
        if (types.isEmpty()) {
            return true;
        }
        if (programType == null) {
            return false;
        }
        for (ProgramType t : types) {
            if (t.name().equalsIgnoreCase(programType)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every type this filter lets through is also let through by {@code other}. */
    public boolean within(TypeFilter other) {
        return other.isAll() || !isAll() && other.types.containsAll(types);
    }

    public TypeFilter with(ProgramType type, boolean chosen) {
        EnumSet<ProgramType> set = types.isEmpty() ? EnumSet.noneOf(ProgramType.class) : EnumSet.copyOf(types);
        if (chosen) {
            set.add(type);
        } else {
            set.remove(type);
        }
        return new TypeFilter(set);
    }

    /** "All types", "CPC · Cost per click ads", or "CPC, LOGO" for several. */
    public String label() {
        if (isAll()) {
            return "All types";
        }
        if (types.size() == 1) {
            ProgramType t = types.iterator().next();
            return t.name() + " · " + t.label();
        }
        return EnumSet.copyOf(types).stream().map(t -> t.name().toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label();
    }
}
