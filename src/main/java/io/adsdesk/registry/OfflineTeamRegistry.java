package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A team registry's last local copy (its contents cache), opened read-only while the team server
 * cannot be reached: programs and businesses to browse, nothing to change. Every write is refused
 * in plain words; jobs, audit, reports and pending changes are not offered.
 */
final class OfflineTeamRegistry implements ProgramRegistry {
    static final String READ_ONLY = "The team registry cannot be reached: this is the copy on this computer, and changes are"
            + " disabled until the team registry is back.";

    private final RegistryContents contents;
    private final OfflineCopy copy;

    private OfflineTeamRegistry(RegistryContents contents, OfflineCopy copy) {
        this.contents = contents;
        this.copy = copy;
    }

    /** The copy kept in {@code cacheDir}, or empty when this computer has none. */
    static Optional<ProgramRegistry> open(Path cacheDir, Instant unreachableSince, String reason) {
        ContentsCache cache = new ContentsCache(cacheDir);
        Optional<RegistryContents> read = cache.read();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Instant copiedAt;
        try {
            copiedAt = Files.getLastModifiedTime(cache.file()).toInstant();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new OfflineTeamRegistry(read.get(), new OfflineCopy(unreachableSince, copiedAt, reason)));
    }

    @Override
    public Optional<OfflineCopy> offlineCopy() {
        return Optional.of(copy);
    }

    @Override
    public List<Program> findAll() {
        return contents.programs();
    }

    @Override
    public int countPrograms() {
        return contents.programs().size();
    }

    @Override
    public RegistryContents loadContents() {
        return contents;
    }

    @Override
    public List<Business> findBusinesses() {
        return contents.businesses();
    }

    @Override
    public SyncWriter openSyncWriter() {
        throw new RegistryException(READ_ONLY);
    }

    @Override
    public SyncRun recordRun(SyncRun run) {
        throw new RegistryException(READ_ONLY);
    }

    @Override
    public void upsertBusinesses(Collection<Business> businesses) {
        throw new RegistryException(READ_ONLY);
    }

    @Override
    public List<SyncRun> syncHistory(int limit) {
        return List.of();
    }

    @Override
    public Optional<Instant> lastSyncedAt() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing open: the copy was read into memory
    }
}
