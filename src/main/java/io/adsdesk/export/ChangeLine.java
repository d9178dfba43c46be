package io.adsdesk.export;

import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One line of a run's changes as shown and exported: an added or removed program, or one changed
 * field of an updated program ({@code field}, {@code oldValue}, {@code newValue} empty otherwise).
 */
public record ChangeLine(ChangeKind kind, String programId, String businessId, String businessName, String field,
                         String oldValue, String newValue) {

    /** Every line of the run, in the order the run met the programs; {@code nameOf} gives a business's name or null. */
    public static List<ChangeLine> of(RunChanges changes, Function<String, String> nameOf) {
        List<ChangeLine> lines = new ArrayList<>();
        for (SyncChange c : changes.changes()) {
            String name = c.businessId() == null ? null : nameOf.apply(c.businessId());
            if (c.fields().isEmpty()) {
                lines.add(new ChangeLine(c.kind(), c.programId(), c.businessId(), name, "", "", ""));
            }
            for (ChangedField f : c.fields()) {
                lines.add(new ChangeLine(c.kind(), c.programId(), c.businessId(), name, f.field(), f.oldValue(), f.newValue()));
            }
        }
        return lines;
    }
}
