package io.adsdesk.export;

import io.adsdesk.model.Business;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramExportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static Program hostile() {
        return new Program("-p1", "=1+2", TODAY.minusDays(3), null, true, false, -50_000L, null, "USD", null,
                FeePeriod.CALENDAR_MONTH, 7, 0, 1234L,
                List.of(new ProgramBusiness("biz-1", null), new ProgramBusiness("biz-2", null)),
                List.of("=1+1", "@SUM(A1)"), List.of("+CALL_TRACKING"), List.of(), List.of(), null);
    }

    private static String csv(Program p, Map<String, Business> businesses) throws Exception {
        StringWriter out = new StringWriter();
        ProgramExport.writeCsv(List.of(ExportRow.of(p, businesses, TODAY)), out);
        return out.toString();
    }

    @Test
    void everyTextCellIsNeutralisedAndNumbersStayNumbers() throws Exception {
        Business esc = new Business("biz-1", "@Evil\u001b]0;title\u0007 Inc", null, "SF", false, false, Instant.EPOCH);
        String text = csv(hostile(), Map.of("biz-1", esc));
        assertEquals("\uFEFF" + String.join(",", ProgramExport.COLUMNS) + "\r\n"
                + "'-p1,'=1+2,CURRENT,NOT_PAUSED,biz-1;biz-2,'@Evil]0;title Inc;biz-2,2026-03-12,,-50000,,USD,,"
                + "CALENDAR_MONTH,7,0,1234,'+CALL_TRACKING,'=1+1;@SUM(A1),\r\n", text);
    }

    @Test
    void theReaderGivesBackTheValuesAsTheRegistryHasThem() throws Exception {
        Map<String, String> row = CsvReader.read(new StringReader(csv(hostile(), Map.of()))).getFirst();
        assertEquals("-p1", row.get("program_id"));
        assertEquals("=1+2", row.get("program_type"));
        assertEquals("-50000", row.get("budget_cents"));
        assertEquals("=1+1;@SUM(A1)", row.get("ad_categories"));
        assertEquals("biz-1;biz-2", row.get("business_names"), "a business without a name is shown by its ID");
        assertTrue(row.get("end_date").isEmpty(), "an open end date is an empty cell");
    }
}
