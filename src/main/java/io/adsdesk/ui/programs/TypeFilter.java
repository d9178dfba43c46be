package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramType;

import java.util.ArrayList;
import java.util.List;

/** The type filter's choices: all types or one of the ten {@link ProgramType}s. */
public record TypeFilter(ProgramType type) {
    public static final TypeFilter ALL = new TypeFilter(null);

    public static List<TypeFilter> choices() {
        List<TypeFilter> list = new ArrayList<>();
        list.add(ALL);
        for (ProgramType t : ProgramType.values()) {
            list.add(new TypeFilter(t));
        }
        return List.copyOf(list);
    }

    public boolean isAll() {
        return type == null;
    }

    public boolean matches(String programType) {
        return type == null || type.name().equalsIgnoreCase(programType);
    }

    public String label() {
        return type == null ? "All types" : type.name() + " · " + type.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
