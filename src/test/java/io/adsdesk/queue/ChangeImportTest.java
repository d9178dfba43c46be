package io.adsdesk.queue;

import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeImportTest {
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");
    private final ChangeImport importer = new ChangeImport(new MutableClock(NOW));
    private final Map<String, Program> programs = Map.of(
            "p1", Programs.cpc("p1", 10000, 200L),
            "p2", Programs.paused("p2"),
            "p3", Programs.cpc("p3", 20000, null));

    private ImportResult read(String csv) throws Exception {
        return importer.read(new StringReader(csv), programs);
    }

    @Test
    void onlyRealDifferencesBecomeChangesInAnyColumnOrder() throws Exception {
        ImportResult r = read("\uFEFFend_date,budget_cents,program_id\r\n,12000,p1\r\n,20000,p3\r\n");
        assertTrue(r.valid(), r.errors().toString());
        assertEquals(List.of(new ImportedChange(2, "p1", ChangeField.BUDGET, "10000", "12000")), r.changes());
    }

    @Test
    void anActionAlreadyInEffectIsNoChange() throws Exception {
        ImportResult r = read("program_id,action\np2,PAUSE\np1,pause\n");
        assertEquals(List.of(new ImportedChange(3, "p1", ChangeField.STATE, ChangeValues.RUNNING, ChangeValues.PAUSED)),
                r.changes());
    }

    @Test
    void aStaleReadOnlyCellIsAWarningNamingRowAndColumn() throws Exception {
        ImportResult r = read("program_id,program_type,billed_clicks\np1,CPC,999\n");
        assertTrue(r.valid());
        assertTrue(r.changes().isEmpty());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().getFirst().line().startsWith("Row 2, billed_clicks: differs from the registry ('10')"),
                r.warnings().toString());
    }

    @Test
    void aFileWithoutProgramIdIsAnError() throws Exception {
        ImportResult r = read("budget_cents\n12000\n");
        assertEquals("Row 1, program_id: the program_id column is missing; it is the one column every file needs.",
                r.errors().getFirst().line());
    }

    @Test
    void aBrokenRuleIsAnErrorOfItsRowAndColumn() throws Exception {
        ImportResult r = read("program_id,max_bid_cents,budget_cents\np1,15000,12000\n");
        assertEquals(List.of("Row 2, max_bid_cents: The maximum bid cannot be higher than the budget ($120.00)."),
                r.errors().stream().map(ImportProblem::line).toList());
    }

    @Test
    void aProgramTwiceIsAnError() throws Exception {
        ImportResult r = read("program_id,budget_cents\np1,12000\np1,13000\n");
        assertEquals("Row 3, program_id: program p1 is already in row 2.", r.errors().getFirst().line());
    }
}
