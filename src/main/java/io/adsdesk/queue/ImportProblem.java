package io.adsdesk.queue;

/**
 * A problem with one cell (or row) of an imported spreadsheet.
 *
 * @param row the row number as a spreadsheet shows it: the header is row 1, the first program row 2
 * @param column the column's header, or null for the row as a whole
 */
public record ImportProblem(int row, String column, String message) {

    /** "Row 3, budget_cents: 'abc' is not a whole number of cents." */
    public String line() {
        return "Row " + row + (column == null ? "" : ", " + column) + ": " + message;
    }
}
