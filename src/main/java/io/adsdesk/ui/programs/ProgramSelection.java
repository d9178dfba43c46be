package io.adsdesk.ui.programs;

import io.adsdesk.ui.common.Formats;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The programs selected in the table, in the table's order: how many and their total monthly budget,
 * summed once per selection change (one change even when Ctrl+A selects 100,000 rows).
 */
public final class ProgramSelection {
    private List<ProgramRow> rows = List.of();
    /** The selected program IDs, built when first asked for after a change. */
    private Set<String> ids;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyLongWrapper budgetCents = new ReadOnlyLongWrapper(this, "budgetCents");

    /** Replaces the selection; {@code selected} is not kept (a copy is). */
    public void set(List<ProgramRow> selected) {
        List<ProgramRow> copy = List.copyOf(selected);
        long budget = 0;
        for (ProgramRow row : copy) {
            Long b = row.program().budgetCents();
            budget += b == null ? 0 : b;
        }
        rows = copy;
        ids = null;
        budgetCents.set(budget);
        count.set(copy.size());
    }

    public void clear() {
        set(List.of());
    }

    /** The selected rows, in the table's order at the time they were selected. */
    public List<ProgramRow> rows() {
        return rows;
    }

    boolean contains(String programId) {
        if (ids == null) {
            Set<String> built = new HashSet<>(rows.size() * 2);
            for (ProgramRow row : rows) {
                built.add(row.programId());
            }
            ids = built;
        }
        return ids.contains(programId);
    }

    /** "3 selected · total monthly budget $1,500.00". */
    public String summary() {
        return Formats.count(count.get()) + " selected · total monthly budget " + Formats.dollars(budgetCents.get());
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty budgetCentsProperty() {
        return budgetCents.getReadOnlyProperty();
    }
}
