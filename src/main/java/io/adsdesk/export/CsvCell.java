package io.adsdesk.export;

/**
 * The one rule every CSV text cell goes through, in every file AdsDesk writes. Control characters
 * other than tab, line feed and carriage return (ESC, NUL, DEL, C1 codes) are removed. A cell a
 * spreadsheet would run as a formula, one starting with {@code = + - @}, tab or carriage return,
 * gets a leading apostrophe; so does a cell that already starts with an apostrophe before one of
 * those, so that {@link #read} gives back exactly what was written. Numbers are not text: they are
 * written as numbers, a negative one included, and never pass through here.
 */
public final class CsvCell {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char NEUTRALISER = '\'';

    private CsvCell() {
    }

    /** The cell as written: control characters removed, a formula start neutralised. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String clean = withoutControlCharacters(value);
        return needsNeutralising(clean) ? NEUTRALISER + clean : clean;
    }

    /** The value a cell written by {@link #text} stood for: the neutralising apostrophe dropped. */
    public static String read(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == NEUTRALISER && needsNeutralising(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean needsNeutralising(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (FORMULA_STARTS.indexOf(first) >= 0) {
            return true;
        }
        return first == NEUTRALISER && s.length() > 1 && needsNeutralising(s.substring(1));
    }

    private static String withoutControlCharacters(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }
}
