package io.adsdesk.export;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 quoting, plus spreadsheet-formula neutralising for free text. */
public final class Csv {
    private Csv() {
    }

    public static void row(Writer out, String... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(values[i]));
        }
        out.write("\r\n");
    }

    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Free text (business names) that a spreadsheet would run as a formula gets a leading apostrophe.
     * IDs are never passed through this: they may legitimately start with '-'.
     */
    public static String safeText(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
