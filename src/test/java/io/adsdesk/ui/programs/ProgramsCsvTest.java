package io.adsdesk.ui.programs;

import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgramsCsvTest {

    @Test
    void writesTheGivenColumnsWithRawNumbersAndQuotesWhereNeeded() throws Exception {
        List<ProgramRow> rows = ProgramsSnapshot.build(List.of(TestData.current("p-1", "CPC", "biz-1")),
                List.of(TestData.business("biz-1", "Joe's \"Pizza\", Inc")), TestData.TODAY, null).rows();
        StringWriter out = new StringWriter();
        ProgramsCsv.write(out, rows, List.of(ProgramColumn.PROGRAM_ID, ProgramColumn.BUSINESS, ProgramColumn.END,
                ProgramColumn.BUDGET, ProgramColumn.IMPRESSIONS, ProgramColumn.FEATURES));
        assertEquals("Program ID,Business,End,Monthly budget,Impressions,Active features\r\n"
                + "p-1,\"Joe's \"\"Pizza\"\", Inc\",open,500.00,12345,\"Ad goal, Call tracking\"\r\n", out.toString());
    }

    @Test
    void aValueThatLooksLikeAFormulaIsDefused() {
        assertEquals("'=HYPERLINK(1)", ProgramsCsv.quote("=HYPERLINK(1)"));
    }
}
