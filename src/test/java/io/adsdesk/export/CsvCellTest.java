package io.adsdesk.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CsvCellTest {

    @Test
    void everyFormulaStartGetsALeadingApostrophe() {
        for (String formula : new String[] {"=1+2", "+CALL_TRACKING", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertEquals("'" + formula, CsvCell.text(formula), formula);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("São Paulo Pizza, Inc", CsvCell.text("São Paulo Pizza, Inc"));
        assertEquals("1+1", CsvCell.text("1+1"));
        assertEquals("", CsvCell.text(""));
        assertNull(CsvCell.text(null));
    }

    @Test
    void controlCharactersAreRemovedButLineBreaksStay() {
        assertEquals("Joe[31mRed", CsvCell.text("Joe\u001b[31mRed"));
        assertEquals("a\u0000b\u007f\u009b".length() - 3, CsvCell.text("a\u0000b\u007f\u009b").length());
        assertEquals("line one\r\nline two", CsvCell.text("line one\r\nline two"));
    }

    @Test
    void aCellHiddenBehindAControlCharacterIsStillNeutralised() {
        assertEquals("'=cmd", CsvCell.text("\u001b=cmd"));
    }

    @Test
    void readingGivesBackWhatWasWritten() {
        for (String value : new String[] {"=1+2", "-abc", "'=already quoted", "''+x", "'plain", "plain", "'", ""}) {
            assertEquals(value, CsvCell.read(CsvCell.text(value)), value);
        }
    }
}
