package io.adsdesk.registry;

import io.adsdesk.registry.RegistryBackups.Backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks an account's registry and recovers a damaged one: restore a backup, or prepare a rebuild
 * from Yelp. A damaged file is never deleted. The registry must not be open while this runs.
 */
public interface RegistryRecovery {

    /** The recovery of the registry in {@code accountDirectory}. */
    static RegistryRecovery of(Path accountDirectory) {
        return new FileRegistryRecovery(accountDirectory);
    }

    /** The backups to restore from, newest first. */
    List<Backup> backups();

    /** Reads every row of every table: empty when healthy, else the problem. */
    Optional<RegistryException> check();

    /** Replaces the registry with {@code backup}, the current file moved aside; returns where it went. */
    Optional<Path> restore(Backup backup);

    /** Moves the current file aside for a fresh sync, keeping history, jobs and audit from the newest readable backup. */
    Optional<Backup> rebuild();
}
