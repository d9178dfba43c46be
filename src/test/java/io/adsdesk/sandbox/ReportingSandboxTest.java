package io.adsdesk.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's Reporting API (§6.6): figures derived from budgets, and its refusals. */
class ReportingSandboxTest {
    private static SandboxProgram cpc(long budget, LocalDate start, LocalDate end) {
        return new SandboxProgram("prog-cpc-1", "CPC", start, end, false, false, budget, "USD", true, null, 0, 0, 0,
                "Calendar Month", List.of("biz"), List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void aCpcProgramSpendsAroundItsMonthlyBudgetTheSameEveryTime() {
        SandboxProgram p = cpc(300_00, LocalDate.of(2026, 1, 1), SandboxProgram.OPEN_END);
        long month = 0;
        for (LocalDate d = LocalDate.of(2026, 4, 1); d.getMonthValue() == 4; d = d.plusDays(1)) {
            SandboxFigures.Day day = SandboxFigures.of(p, d);
            assertEquals(day, SandboxFigures.of(p, d), "deterministic");
            assertTrue(day.costCents() > 0 && day.impressions() > day.clicks());
            month += day.costCents();
        }
        assertTrue(month >= 300_00 * 4 / 10 && month <= 300_00 * 14 / 10, "between 40 % and 140 % of the budget: " + month);
        assertEquals(new SandboxFigures.Day(0, 0, 0), SandboxFigures.of(cpc(300_00, LocalDate.of(2026, 5, 1),
                SandboxProgram.OPEN_END), LocalDate.of(2026, 4, 30)), "nothing before it starts");
    }

    @Test
    void theHandlerRefusesAMissingKeyABadBodyAndAnEndBeforeTheStart() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults().withPrograms(5).withBusinesses(2))) {
            ReportingHandler h = new ReportingHandler(server.account(), server.reporting(), java.time.Clock.systemUTC());
            String path = ReportingHandler.PREFIX + "daily";
            assertEquals(401, h.answer("POST", path, null, new byte[0]).status());
            String bearer = "Bearer " + ReportingKnobs.DEFAULT_KEY;
            assertEquals(400, h.answer("POST", path, bearer, "nope".getBytes(StandardCharsets.UTF_8)).status());
            Reply backwards = h.answer("POST", path, bearer,
                    "{\"start\":\"2026-06-10\",\"end\":\"2026-06-01\",\"ids\":[\"b\"]}".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, backwards.status());
            assertTrue(new String(backwards.body(), StandardCharsets.UTF_8).contains("END_DATE_EARLIER_THAN_START_DATE"));
            assertEquals(2, server.reporting().reportRequests(), "the unauthorised one is not counted");
        }
    }
}
