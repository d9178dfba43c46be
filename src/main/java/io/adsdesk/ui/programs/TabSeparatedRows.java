package io.adsdesk.ui.programs;

import java.util.List;

/**
 * Rows as tab-separated text for the clipboard: a header row of column titles, then one line per
 * row with each cell as the table shows it (money "$1,234.56", dates ISO), so a spreadsheet pastes
 * it as columns. Tabs and line breaks inside a cell become spaces. Pure: built on a worker.
 */
final class TabSeparatedRows {
    private TabSeparatedRows() {
    }

    static String of(List<ProgramColumn> columns, List<ProgramRow> rows) {
        StringBuilder out = new StringBuilder(64 + rows.size() * columns.size() * 14);
        line(out, columns, null);
        for (ProgramRow row : rows) {
            line(out, columns, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<ProgramColumn> columns, ProgramRow row) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            ProgramColumn column = columns.get(i);
            String cell = row == null ? column.title() : column.text(row);
            appendCell(out, cell);
        }
        out.append('\n');
    }

    private static void appendCell(StringBuilder out, String cell) {
        if (cell == null) {
            return;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            out.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
        }
    }
}
