package io.adsdesk.ui.programs;

import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.SyncChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tooltip of a row the last sync changed spells money as the table does. */
class ChangeMarkTest {

    @Test
    void moneyInTheTooltipHasTheDollarSignAndSeparators() {
        SyncChange change = new SyncChange("p-1", "biz-1", ChangeKind.UPDATED, List.of(
                new ChangedField("Monthly budget", "150.00", "1250.00"),
                new ChangedField("Max bid", "", "2.50"),
                new ChangedField("Paused", "no", "yes")));

        assertEquals("Updated in the last sync\nMonthly budget: $150.00 → $1,250.00\nMax bid: (none) → $2.50\nPaused: no → yes",
                ChangeMark.describe(change));
    }
}
