package io.adsdesk.ui.sync;

import io.adsdesk.sync.AccountSynchronizer;
import io.adsdesk.sync.SyncReport;
import io.adsdesk.ui.common.BackgroundWork;

import java.time.Clock;

/**
 * Thin adapter: runs the plain-Java synchronizer as background work, forwarding its progress
 * callback and the cancel request. All sync logic lives in the synchronizer.
 */
final class SyncTask implements BackgroundWork<SyncReport, SyncSnapshot> {
    private final AccountSynchronizer synchronizer;
    private final Clock clock;

    SyncTask(AccountSynchronizer synchronizer, Clock clock) {
        this.synchronizer = synchronizer;
        this.clock = clock;
    }

    @Override
    public SyncReport run(Context<SyncSnapshot> context) {
        return synchronizer.sync(
                (phase, pagesDone, pagesTotal, programsDone, programsTotal) -> context.progress(
                        new SyncSnapshot(phase, pagesDone, pagesTotal, programsDone, programsTotal, clock.instant())),
                context::isCancelled);
    }
}
