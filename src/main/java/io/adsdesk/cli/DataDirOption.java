package io.adsdesk.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data-dir DIR}: where the local registries live. */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: ADSDESK_DATA_DIR, else the per-user data directory).")
    String value;

    /** The directory in effect, checked but not created. */
    Path root() throws UsageException {
        return RegistryAccess.dataRoot(value);
    }
}
