package io.adsdesk.sync;

import io.adsdesk.model.SyncOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyncReportTest {

    @Test
    void theSummarySpellsLargeCountsWithSeparatorsAsTheStatusBarDoes() {
        SyncReport report = new SyncReport(SyncOutcome.SYNCED, 2000, 0, 2000, 2000, 1234, 0, 20, 21, null, null,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        assertEquals("Added 2,000, updated 1,234, removed 0", report.summary());
    }
}
