package io.adsdesk.ui.programs;

import java.util.Comparator;
import java.util.List;

/**
 * One key of the table's sort order: a column, ascending or descending. A list of them, first key
 * first, is what a click (or Shift-clicks) on the column headers chose.
 */
public record ColumnSort(ProgramColumn column, boolean descending) {

    /** The rows' order for these keys; null when there are none (program-ID order, as loaded). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comparator<ProgramRow> comparator(List<ColumnSort> keys) {
        Comparator<ProgramRow> order = null;
        for (ColumnSort key : keys) {
            ProgramColumn column = key.column();
            Comparator<ProgramRow> one = (a, b) -> ProgramColumn.NULLS_FIRST.compare(
                    (Comparable) column.sortKey(a), (Comparable) column.sortKey(b));
            if (key.descending()) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        return order;
    }

    /** "BUDGET:desc", as saved views store it. */
    public String code() {
        return column.name() + (descending ? ":desc" : ":asc");
    }

    /** Reads {@link #code()}; null when the column is unknown. */
    public static ColumnSort parse(String code) {
        if (code == null) {
            return null;
        }
        int colon = code.indexOf(':');
        String name = colon < 0 ? code : code.substring(0, colon);
        try {
            return new ColumnSort(ProgramColumn.valueOf(name), code.endsWith(":desc"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
