package io.adsdesk.model;

/** How a sync changed one program. */
public enum ChangeKind {
    ADDED("Added", "+"),
    UPDATED("Updated", "~"),
    REMOVED("Removed", "−");

    private final String label;
    private final String symbol;

    ChangeKind(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** "Added", "Updated", "Removed". */
    public String label() {
        return label;
    }

    /** The mark shown beside a changed program: +, ~ or −. */
    public String symbol() {
        return symbol;
    }
}
