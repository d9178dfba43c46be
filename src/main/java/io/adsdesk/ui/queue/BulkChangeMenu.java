package io.adsdesk.ui.queue;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The table's bulk change entries and their keys: each opens the bulk change dialog on that kind. */
public final class BulkChangeMenu {
    /** Kind → its key, in the menu's order. */
    public static final Map<BulkChangeForm.Kind, KeyCombination> KEYS = keys();

    private BulkChangeMenu() {
    }

    private static Map<BulkChangeForm.Kind, KeyCombination> keys() {
        Map<BulkChangeForm.Kind, KeyCombination> keys = new LinkedHashMap<>();
        keys.put(BulkChangeForm.Kind.SET_BUDGET, new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        keys.put(BulkChangeForm.Kind.BUDGET_PERCENT, new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(BulkChangeForm.Kind.BUDGET_AMOUNT, new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.ALT_DOWN));
        keys.put(BulkChangeForm.Kind.SET_MAX_BID, new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(BulkChangeForm.Kind.SET_END_DATE, new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(BulkChangeForm.Kind.OPEN_ENDED, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(BulkChangeForm.Kind.PAUSE, new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(BulkChangeForm.Kind.RESUME, new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        keys.put(BulkChangeForm.Kind.END, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** "Queue for selected: Set budget to… (Ctrl+B)" and the rest; {@code open} opens the dialog on a kind. */
    public static List<MenuItem> items(Consumer<BulkChangeForm.Kind> open) {
        List<MenuItem> items = new ArrayList<>();
        KEYS.forEach((kind, key) -> {
            String dots = kind.input() == BulkChangeForm.Input.NONE ? "" : "…";
            MenuItem item = new MenuItem("Queue: " + kind.label() + dots + "  (" + key.getDisplayText() + ")");
            item.setId("queue-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(kind));
            items.add(item);
        });
        return items;
    }
}
