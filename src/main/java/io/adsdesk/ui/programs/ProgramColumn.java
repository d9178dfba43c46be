package io.adsdesk.ui.programs;

import io.adsdesk.ui.common.Formats;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The programs table's columns, toolkit-free: title, how a cell reads and how it sorts. The CSV
 * export has its own fixed columns, shared with the command line ({@code io.adsdesk.export.ProgramExport}).
 */
public enum ProgramColumn {
    PROGRAM_ID("Program ID", 200, Kind.TEXT, r -> r.programId(), ProgramRow::programId),
    TYPE("Type", 105, Kind.TEXT, r -> r.program().programType(), r -> r.program().programType()),
    STATUS("Status", 100, Kind.TEXT, r -> r.status().name(), r -> r.status().ordinal()),
    BUSINESS("Business", 210, Kind.TEXT, ProgramRow::businessName, ProgramRow::businessSortKey),
    BUSINESS_ID("Business ID", 200, Kind.TEXT, ProgramRow::businessId, ProgramRow::businessId),
    START("Start", 105, Kind.TEXT, r -> Formats.date(r.program().startDate()), r -> r.program().startDate()),
    END("End", 105, Kind.TEXT, r -> Formats.endDate(r.program().endDate()),
            r -> r.program().endDate() == null ? LocalDate.MAX : r.program().endDate()),
    BUDGET("Monthly budget", 170, Kind.NUMBER, r -> Formats.dollars(r.program().budgetCents()),
            r -> r.program().budgetCents()),
    MAX_BID("Max bid", 95, Kind.NUMBER, r -> Formats.dollars(r.program().maxBidCents()), r -> r.program().maxBidCents()),
    AUTOBID("Autobid", 90, Kind.CENTER, r -> Formats.yesNo(r.program().autobid()), r -> r.program().autobid()),
    IMPRESSIONS("Impressions", 125, Kind.NUMBER, r -> Formats.count(r.program().billedImpressions()),
            r -> r.program().billedImpressions()),
    CLICKS("Clicks", 85, Kind.NUMBER, r -> Formats.count(r.program().billedClicks()), r -> r.program().billedClicks()),
    AD_COST("Ad cost", 115, Kind.NUMBER, r -> Formats.dollars(r.program().adCostCents()), r -> r.program().adCostCents()),
    FEATURES("Active features", 260, Kind.TEXT, ProgramRow::featuresText, ProgramRow::featuresText);

    /** How a column aligns its cells. */
    public enum Kind { TEXT, NUMBER, CENTER }

    private final String title;
    private final double width;
    private final Kind kind;
    private final Function<ProgramRow, String> text;
    private final Function<ProgramRow, Comparable<?>> sortKey;

    ProgramColumn(String title, double width, Kind kind, Function<ProgramRow, String> text,
                  Function<ProgramRow, Comparable<?>> sortKey) {
        this.title = title;
        this.width = width;
        this.kind = kind;
        this.text = text;
        this.sortKey = sortKey;
    }

    public String title() {
        return title;
    }

    public double width() {
        return width;
    }

    public Kind kind() {
        return kind;
    }

    public String text(ProgramRow row) {
        return text.apply(row);
    }

    /** Sort key for this column's cells; nulls sort first. */
    public Comparable<?> sortKey(ProgramRow row) {
        return sortKey.apply(row);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Comparator<Comparable> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
}
