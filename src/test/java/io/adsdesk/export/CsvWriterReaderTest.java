package io.adsdesk.export;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvWriterReaderTest {

    @Test
    void writesAByteOrderMarkAHeaderAndQuotesOnlyWhereNeeded() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.open(out, List.of("name", "budget_cents", "autobid", "note"))) {
            csv.row("Joe's \"Pizza\", Inc", -1250L, true, null);
            csv.row("=HYPERLINK(\"x\")", 0L, false, "two\nlines");
        }
        assertEquals("\uFEFFname,budget_cents,autobid,note\r\n"
                + "\"Joe's \"\"Pizza\"\", Inc\",-1250,true,\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",0,false,\"two\nlines\"\r\n", out.toString());
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() throws Exception {
        try (CsvWriter csv = CsvWriter.open(new StringWriter(), List.of("a", "b"))) {
            assertThrows(IllegalArgumentException.class, () -> csv.row("only one"));
        }
    }

    @Test
    void readsBackWhatItWroteWithTheApostrophesTakenOff() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.open(out, List.of("program_id", "program_type", "budget_cents"))) {
            csv.row("-starts-with-dash", "=1+1;@SUM(A1)", -5L);
        }
        List<Map<String, String>> rows = CsvReader.read(new StringReader(out.toString()));
        assertEquals(List.of(Map.of("program_id", "-starts-with-dash", "program_type", "=1+1;@SUM(A1)",
                "budget_cents", "-5")), rows);
        assertEquals(List.of("program_id", "program_type", "budget_cents"), List.copyOf(rows.getFirst().keySet()));
    }

    @Test
    void readsAFileAsExcelSavesItWithoutAByteOrderMark() throws Exception {
        String excel = "program_id,business_names\n\"p-1\",\"São Paulo \"\"Pizza\"\"\"\n\np-2,\n";
        assertEquals(List.of(Map.of("program_id", "p-1", "business_names", "São Paulo \"Pizza\""),
                Map.of("program_id", "p-2", "business_names", "")), CsvReader.read(new StringReader(excel)));
    }

    @Test
    void aBrokenFileIsAnIoErrorNotACrash() {
        assertThrows(java.io.IOException.class, () -> CsvReader.read(new StringReader("a,b\n\"unclosed,1\n")));
    }
}
