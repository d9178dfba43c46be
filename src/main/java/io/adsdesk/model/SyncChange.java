package io.adsdesk.model;

import java.util.List;

/**
 * What one sync did to one program: added, removed, or updated with the fields that changed.
 *
 * @param businessId the program's primary Yelp business ID (before removal, for a removed program); may be null
 * @param fields the changed fields of an update; empty when added or removed
 */
public record SyncChange(String programId, String businessId, ChangeKind kind, List<ChangedField> fields) {

    public SyncChange {
        fields = List.copyOf(fields == null ? List.of() : fields);
    }

    /** "Monthly budget: 50.00 → 75.00; Paused: no → yes", or the kind for an added or removed program. */
    public String describe() {
        if (fields.isEmpty()) {
            return kind.label();
        }
        StringBuilder sb = new StringBuilder();
        for (ChangedField f : fields) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(f.field()).append(": ").append(show(f.oldValue())).append(" → ").append(show(f.newValue()));
        }
        return sb.toString();
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }
}
