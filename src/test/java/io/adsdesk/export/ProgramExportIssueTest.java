package io.adsdesk.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramIssue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramExportIssueTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final String REASON = "end_date '12/31/2030' could be month/day or day/month; only YYYY-MM-DD is read";

    private static List<ExportRow> rows() {
        Program clean = new Program("p1", "CPC", TODAY, null, true, false, 2500L, null, "USD", true, null, 0, 0, null,
                List.of(new ProgramBusiness("b1", null)), List.of(), List.of(), List.of(), List.of(), null);
        Program marked = new Program("p2", "CPC", TODAY, null, false, false, null, null, "USD", true, null, 0, 0, null,
                List.of(new ProgramBusiness("b1", null)), List.of(), List.of(), List.of(), List.of(), null)
                .withIssue(new ProgramIssue(ProgramIssue.Kind.UNREADABLE, REASON, "{}"));
        return List.of(ExportRow.of(clean, Map.of(), TODAY), ExportRow.of(marked, Map.of(), TODAY));
    }

    @Test
    void aMarkedProgramsEmptyEndDateIsExplainedInTheIssueColumn() throws Exception {
        StringWriter csv = new StringWriter();
        ProgramExport.writeCsv(rows(), csv);
        List<String> lines = csv.toString().lines().toList();
        assertTrue(lines.get(0).endsWith(",issue"), lines.get(0));
        assertTrue(lines.get(1).endsWith(","), "no issue: " + lines.get(1));
        assertTrue(lines.get(2).endsWith(",Unreadable: " + REASON), lines.get(2));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ProgramExport.writeJson(rows(), json);
        JsonNode array = new ObjectMapper().readTree(json.toByteArray());
        assertTrue(array.get(0).get("issue").isNull());
        assertEquals("Unreadable: " + REASON, array.get(1).get("issue").asText());
        assertTrue(array.get(1).get("end_date").isNull());
    }
}
