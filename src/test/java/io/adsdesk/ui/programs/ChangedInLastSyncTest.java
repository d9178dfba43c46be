package io.adsdesk.ui.programs;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table's marks and the "Changed in last sync" filter, from the registry's log of the last sync. */
class ChangedInLastSyncTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");

    private final MemoryRegistry registry = new MemoryRegistry();
    private final ProgramsViewModel model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);
    private final List<Program> first = TestData.programs(10, 2);
    private Program updated;
    private Program removed;
    private Program added;

    private static SyncRun run(SyncOutcome outcome) {
        return new SyncRun(0, AT, AT, outcome, 10, 10, 10, 1, 1, 1, 1, null);
    }

    @BeforeEach
    void twoSyncs() {
        registry.upsertBusinesses(TestData.businesses(2));
        SyncWrites.apply(registry, first, List.of(), Set.of(), run(SyncOutcome.SYNCED),
                new RunChanges(0, true, true, List.of(), List.of()));
        Program old = first.get(3);
        updated = TestData.program(old.programId(), old.programType(), old.primaryBusinessId(), old.startDate(),
                old.endDate(), old.active(), true);
        removed = first.get(5);
        added = TestData.current("new-program", "CPC", TestData.businessId(1));
        RunChanges log = new RunChanges(0, false, true, List.of(
                new SyncChange(added.programId(), added.primaryBusinessId(), ChangeKind.ADDED, List.of()),
                new SyncChange(updated.programId(), updated.primaryBusinessId(), ChangeKind.UPDATED,
                        List.of(new ChangedField("Paused", "no", "yes"))),
                new SyncChange(removed.programId(), removed.primaryBusinessId(), ChangeKind.REMOVED, List.of())),
                List.of(removed));
        SyncWrites.apply(registry, List.of(added), List.of(updated), Set.of(removed.programId()),
                run(SyncOutcome.SYNCED), log);
        model.setRegistry(registry);
    }

    private Set<String> shownIds() {
        return Set.copyOf(model.rows().stream().map(ProgramRow::programId).toList());
    }

    @Test
    void eachLoadLooksUpTheLastSyncsChangesOnceForTheMarks() {
        LastSyncChanges changes = model.lastChangesProperty().get();

        assertEquals(3, changes.count());
        assertEquals(ChangeKind.ADDED, changes.of(added.programId()).kind());
        assertEquals(List.of(new ChangedField("Paused", "no", "yes")), changes.of(updated.programId()).fields());
        assertEquals(ChangeKind.REMOVED, changes.of(removed.programId()).kind());
        assertNull(changes.of(first.get(0).programId()), "an unchanged program has no mark");
    }

    @Test
    void changedInLastSyncShowsTheChangedProgramsAndKeepsTheRemovedOne() {
        assertFalse(shownIds().contains(removed.programId()), "a removed program is gone from the normal view");
        assertEquals(10, model.rows().size());

        model.changedOnlyProperty().set(true);

        assertEquals(Set.of(added.programId(), updated.programId(), removed.programId()), shownIds());
        ProgramRow removedRow = model.rows().stream().filter(r -> r.programId().equals(removed.programId())).findFirst().orElseThrow();
        assertEquals(removed, removedRow.program());
    }

    @Test
    void theOtherFiltersStillNarrowTheChangedPrograms() {
        model.changedOnlyProperty().set(true);

        model.searchTextProperty().set(updated.programId());

        assertEquals(Set.of(updated.programId()), shownIds());
        model.searchTextProperty().set("");
        assertEquals(3, model.rows().size());
    }

    @Test
    void clearingTheFiltersTurnsItOff() {
        model.changedOnlyProperty().set(true);

        model.resetFilters();

        assertFalse(model.changedOnlyProperty().get());
        assertEquals(10, model.rows().size());
    }

    @Test
    void theNextSyncEndsTheMarksAndTheRemovedProgramsView() {
        model.changedOnlyProperty().set(true);
        registry.recordRun(run(SyncOutcome.UP_TO_DATE));

        model.reload();

        assertSame(LastSyncChanges.NONE, model.lastChangesProperty().get());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.emptyTextProperty().get().startsWith("No program changed in the last sync"),
                model.emptyTextProperty().get());
    }
}
