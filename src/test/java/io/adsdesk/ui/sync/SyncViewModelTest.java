package io.adsdesk.ui.sync;

import io.adsdesk.sync.SyncFailure;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.ui.testing.ScriptedSynchronizer;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncViewModelTest {
    private final MemoryRegistry registry = new MemoryRegistry();
    private final ScriptedSynchronizer synchronizer =
            new ScriptedSynchronizer(registry, TestData.programs(250, 10), TestData.businesses(10));
    private final SyncViewModel model = new SyncViewModel(new CurrentThreadTaskExecutor());
    private final List<SyncState> states = new ArrayList<>();
    private int reloads;

    SyncViewModelTest() {
        model.stateProperty().addListener((o, a, b) -> states.add(b));
        model.setOnRegistryChanged(() -> reloads++);
    }

    @Test
    void firstSyncOfAnEmptyRegistryGoesThroughFirstSyncToReady() {
        model.setAccount(synchronizer, false);
        assertEquals(SyncState.NEVER_SYNCED, model.getState());
        model.syncNow();
        assertEquals(List.of(SyncState.FIRST_SYNC, SyncState.READY), states);
        assertEquals("Added 250, updated 0, removed 0", model.noticeProperty().get().text());
        assertEquals(1, reloads);
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aLaterSyncRefreshesInTheBackgroundAndSaysUpToDate() {
        model.setAccount(synchronizer, false);
        model.syncNow();
        model.syncNow();
        assertTrue(states.contains(SyncState.REFRESHING));
        assertEquals("Up to date", model.noticeProperty().get().text());
        assertEquals(SyncNotice.Kind.INFO, model.noticeProperty().get().kind());
    }

    @Test
    void anUnreachableApiMeansOfflineWithTheDataTimeInTheBanner() {
        model.setAccount(synchronizer, true);
        model.dataAsOfProperty().set(Instant.parse("2026-03-15T17:30:00Z"));
        synchronizer.failWith(SyncFailure.UNAVAILABLE);
        model.syncNow();
        assertEquals(SyncState.OFFLINE, model.getState());
        assertTrue(model.bannerTextProperty().get().startsWith("Offline: showing programs as of "));
        assertEquals(0, reloads, "a failed sync leaves the table as it was");
    }

    @Test
    void automaticSyncIsPausedWhileOffline() {
        model.setAccount(synchronizer, true);
        synchronizer.failWith(SyncFailure.UNAVAILABLE);
        model.syncNow();
        int calls = synchronizer.calls();
        model.autoSyncTick();
        assertEquals(calls, synchronizer.calls());
        synchronizer.failWith(null);
        model.syncNow();
        assertEquals(SyncState.READY, model.getState());
        model.autoSyncTick();
        assertEquals(calls + 2, synchronizer.calls());
    }

    @Test
    void refusedCredentialsAreExplainedInPlainWords() {
        model.setAccount(synchronizer, true);
        synchronizer.failWith(SyncFailure.CREDENTIALS_REFUSED);
        model.syncNow();
        assertEquals(SyncState.FAILED, model.getState());
        assertEquals(SyncFailure.CREDENTIALS_REFUSED.advice(), model.bannerTextProperty().get());
        assertEquals("Sign-in refused", model.noticeProperty().get().title());
        model.dismissError();
        assertEquals(SyncState.READY, model.getState());
    }

    @Test
    void progressIsDeterminateOnceTotalsAreKnown() {
        List<Double> seen = new ArrayList<>();
        model.progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
        model.setAccount(synchronizer, false);
        model.syncNow();
        assertTrue(seen.stream().anyMatch(p -> p > 0 && p < 1), "saw " + seen);
    }

    @Test
    void aSyncThrowingUnexpectedlyBecomesAnInternalFailure() {
        model.setAccount((p, c) -> { throw new IllegalStateException("boom"); }, true);
        model.syncNow();
        assertEquals(SyncState.FAILED, model.getState());
        assertTrue(model.lastReportProperty().get().message().contains("boom"));
    }
}
