package io.adsdesk.ui.reports;

/** The Reports view's tabs; "Export CSV" writes the figures of the one shown. */
public enum ReportTab {
    OVER_TIME("Spend, clicks, impressions"),
    RATES("CTR and cost per click"),
    BY_TYPE("Spend by program type"),
    TOP("Top 20 businesses"),
    PACING("Budget pacing");

    private final String label;

    ReportTab(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the tab shows a chart ("Export PNG"); budget pacing is a table. */
    public boolean isChart() {
        return this != PACING;
    }
}
