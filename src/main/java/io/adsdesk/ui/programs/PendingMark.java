package io.adsdesk.ui.programs;

import java.util.Map;

/**
 * A pending change as its table cell shows it: the new value in place of the current one, marked
 * with {@link #SYMBOL} and a colour (red when a check blocks it), the current value in the tooltip.
 *
 * @param newText the value the change sets, as the table spells it
 * @param oldText the value the program has now
 * @param blocked true when a check found an error: the change will not be posted as it is
 * @param message the first check message, or null
 */
public record PendingMark(String newText, String oldText, boolean blocked, String message) {
    /** Shown before the new value, so the mark never rests on colour alone. */
    public static final String SYMBOL = "✎";
    /** Program ID → column → its pending change. */
    public static final Map<String, Map<ProgramColumn, PendingMark>> NONE = Map.of();

    /** The cell's text: "✎ $110.00". */
    public String cellText() {
        return SYMBOL + " " + newText;
    }

    /** The cell's tooltip: "Pending change: $100.00 → $110.00" and the check's message. */
    public String tooltip() {
        return "Pending change: " + oldText + " → " + newText + (message == null ? "" : "\n" + message);
    }
}
