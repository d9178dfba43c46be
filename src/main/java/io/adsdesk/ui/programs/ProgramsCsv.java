package io.adsdesk.ui.programs;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes rows as RFC 4180 CSV with the given columns, in the given order. Pure. */
public final class ProgramsCsv {
    private static final String FORMULA_STARTS = "=+@\t";

    private ProgramsCsv() {
    }

    public static void write(Writer out, List<ProgramRow> rows, List<ProgramColumn> columns) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            out.write((i > 0 ? "," : "") + quote(columns.get(i).title()));
        }
        out.write("\r\n");
        for (ProgramRow row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                out.write((i > 0 ? "," : "") + quote(columns.get(i).csv(row)));
            }
            out.write("\r\n");
        }
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            value = "'" + value; // keep spreadsheets from running a business name as a formula
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
