package io.adsdesk.ui.programs;

import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.SyncChange;
import io.adsdesk.ui.common.Formats;
import javafx.scene.control.Label;

import java.util.Locale;

/**
 * The mark beside a program the last sync changed: a symbol (+, ~, −) in the kind's colour, so the
 * kind never rests on colour alone, and the change spelled out for the cell's tooltip.
 */
final class ChangeMark {
    private final Label label = new Label();
    private ChangeKind shown;

    ChangeMark() {
        label.getStyleClass().add("change-mark");
    }

    /** The mark for this change (its style changes only with the kind). */
    Label of(ChangeKind kind) {
        if (kind != shown) {
            shown = kind;
            label.setText(kind.symbol());
            label.getStyleClass().removeIf(s -> s.startsWith("change-") && !s.equals("change-mark"));
            label.getStyleClass().add("change-" + kind.name().toLowerCase(Locale.ROOT));
        }
        return label;
    }

    /** "Updated in the last sync" and one line per field, old → new, money as the table spells it. */
    static String describe(SyncChange change) {
        StringBuilder sb = new StringBuilder(change.kind().label()).append(" in the last sync");
        if (change.kind() == ChangeKind.REMOVED) {
            sb.append(" (shown until the next sync)");
        }
        for (ChangedField f : change.fields()) {
            sb.append('\n').append(f.field()).append(": ").append(show(Formats.changedValue(f.field(), f.oldValue())))
                    .append(" → ").append(show(Formats.changedValue(f.field(), f.newValue())));
        }
        return sb.toString();
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }
}
