package io.adsdesk.cli;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.DataDirectories;
import io.adsdesk.registry.ProgramRegistry;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Resolves the data directory and opens an account's registry, with errors a user can act on. */
final class RegistryAccess {
    private RegistryAccess() {
    }

    static Path dataRoot(Options o) throws UsageException {
        try {
            Path root = DataDirectories.resolve(o.get("--data-dir"));
            String unusable = DataDirectories.unusable(root);
            if (unusable != null) {
                throw new UsageException("--data-dir: " + unusable + " (" + Options.printable(root.toString()) + ")");
            }
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new UsageException("--data-dir: " + Options.printable(root.toString()) + " is a file, not a directory");
            }
            return root;
        } catch (InvalidPathException e) {
            throw new UsageException("--data-dir: not a valid path");
        }
    }

    static boolean exists(Path root, Account account) {
        return AccountStore.exists(root, account);
    }

    static ProgramRegistry open(Path root, Account account) throws CommandException {
        try {
            return AccountStore.openRegistry(root, account);
        } catch (RuntimeException e) {
            String cause = rootCause(e);
            if (cause.contains("already in use") || cause.contains("file is locked")) {
                throw new CommandException(ExitCode.OTHER, "the local registry of " + account.username()
                        + " is open in another AdsDesk process (the app, or another command); sync from the app,"
                        + " or close it and try again", e);
            }
            throw new CommandException(ExitCode.OTHER, "cannot open the local registry in " + root + ": " + cause, e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
