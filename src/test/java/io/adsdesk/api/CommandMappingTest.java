package io.adsdesk.api;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.model.command.EditProgram;
import io.adsdesk.model.command.PacingMethod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandMappingTest {
    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Test
    void aCreateCommandBecomesTheSameWireRequestFieldByField() {
        CreateProgram command = new CreateProgram("biz-1", "CPC", "PROMO", START, START.plusMonths(3), 5000L, "USD",
                false, 150L, PacingMethod.UNPACED, FeePeriod.CALENDAR_MONTH, List.of("hvac", "plumbing"));

        CreateRequest wire = CreateRequest.of(command);

        assertEquals(new CreateRequest("biz-1", "CPC", "PROMO", START, START.plusMonths(3), 5000L, "USD", false, 150L,
                Pacing.UNPACED, FeePeriod.CALENDAR_MONTH, List.of("hvac", "plumbing")), wire);
        assertEquals(List.of("unpaced"), wire.parameters().get("pacing_method"));
    }

    @Test
    void anEditCommandSendsOnlyItsChangesAndNotItsProgramId() {
        EditProgram command = EditProgram.budget("p1", 3000).withFutureBudgetDate(START).withPacing(PacingMethod.PACED);

        EditRequest wire = EditRequest.of(command);

        assertEquals(new EditRequest(null, null, 3000L, START, null, Pacing.PACED, null), wire);
        assertEquals(List.of("budget", "future_budget_date", "pacing_method"), List.copyOf(wire.parameters().keySet()));
    }

    @Test
    void noPacingIsNotSent() {
        assertNull(Pacing.of(null));
        assertTrue(EditRequest.of(EditProgram.of("p1")).parameters().isEmpty());
        assertTrue(EditProgram.of("p1").withCategories(List.of()).changesNothing());
    }
}
