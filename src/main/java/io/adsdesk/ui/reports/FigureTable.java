package io.adsdesk.ui.reports;

import io.adsdesk.export.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The figures behind one chart or table of the Reports view, as they are shown: snake_case column
 * names and one row of cells per point (String, Number or null). Money is in cents, as Yelp gives it.
 */
public record FigureTable(String name, List<String> columns, List<List<Object>> rows) {
    public static final FigureTable EMPTY = new FigureTable("report", List.of("date"), List.of());

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Writes the header and every row through the app's one CSV writer. */
    public void writeCsv(Writer out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, columns)) {
            for (List<Object> row : rows) {
                csv.row(row.toArray());
            }
        }
    }
}
