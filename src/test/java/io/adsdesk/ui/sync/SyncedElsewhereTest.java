package io.adsdesk.ui.sync;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The notice a dashboard shows when someone else synced its team registry. */
class SyncedElsewhereTest {

    @Test
    void namesWhoWhenAndTheCountsThatAreNotZero() {
        SyncViewModel sync = new SyncViewModel(new CurrentThreadTaskExecutor(), Clock.system(ZoneOffset.UTC));
        sync.syncedElsewhere("ana on desk-7", Instant.parse("2026-03-10T14:05:00Z"), 3, 12, 0);
        SyncNotice notice = sync.noticeProperty().get();
        assertEquals("Synced by ana on desk-7 at 14:05: added 3, updated 12", notice.text());
        assertEquals(SyncNotice.Kind.INFO, notice.kind());
    }

    @Test
    void aSyncThatChangedNothingSaysSo() {
        assertEquals("Synced by bo on mac at 09:00: no program changed", SyncViewModel.elsewhereText("bo on mac", "09:00", 0, 0, 0));
        assertEquals("Synced by bo on mac at 09:00: removed 1,200", SyncViewModel.elsewhereText("bo on mac", "09:00", 0, 0, 1200));
    }
}
