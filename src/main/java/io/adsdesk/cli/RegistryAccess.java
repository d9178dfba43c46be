package io.adsdesk.cli;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.DataDirectories;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.RegistryDamagedException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Resolves the data directory and opens an account's registry, with errors a user can act on. */
final class RegistryAccess {
    private RegistryAccess() {
    }

    /** The data directory in effect ({@code --data-dir}, else the environment, else the default), checked, not created. */
    static Path dataRoot(String option) throws UsageException {
        try {
            Path root = DataDirectories.resolve(option);
            String unusable = DataDirectories.unusable(root);
            if (unusable != null) {
                throw new UsageException("--data-dir: " + unusable + " (" + Text.printable(root.toString()) + ")");
            }
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new UsageException("--data-dir: " + Text.printable(root.toString()) + " is a file, not a directory");
            }
            return root;
        } catch (InvalidPathException e) {
            throw new UsageException("--data-dir: not a valid path");
        }
    }

    /**
     * Creates the data directory if needed and checks AdsDesk can write there, before anything else is
     * written or sent: a directory that cannot be used is bad input, said with its reason.
     */
    static Path prepare(Path root) throws UsageException {
        String shown = Text.printable(root.toString());
        try {
            Files.createDirectories(root);
        } catch (IOException | SecurityException e) {
            throw new UsageException("--data-dir: cannot create the data directory " + shown + " (" + reason(e) + ")");
        }
        Path probe = root.resolve(".adsdesk-write-check");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new UsageException("--data-dir: cannot write in the data directory " + shown + " (" + reason(e) + ")");
        }
        return root;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return Text.printable(f.getReason());
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "this location does not accept new folders";
        }
        return e instanceof FileSystemException ? "the file system refused it" : Text.printable(String.valueOf(e.getMessage()));
    }

    static boolean exists(Path root, Account account) {
        return AccountStore.exists(root, account);
    }

    static ProgramRegistry open(Path root, Account account) throws CommandException {
        return open(root, account, null);
    }

    /** The account's registry: on the team server when one is given, else the local one. */
    static ProgramRegistry open(Path root, Account account, io.adsdesk.registry.TeamServer team) throws CommandException {
        try {
            if (team != null) {
                try {
                    return AccountStore.openTeamRegistry(root, account, team, null);
                } catch (RegistryDamagedException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new CommandException(ExitCode.OTHER, "TEAM_REGISTRY", teamFailure(team, e), e);
                }
            }
            return AccountStore.openRegistry(root, account);
        } catch (RegistryDamagedException e) {
            throw new CommandException(ExitCode.OTHER, "DAMAGED_REGISTRY", Text.oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            String cause = rootCause(e);
            if (cause.contains("already in use") || cause.contains("file is locked")) {
                throw new CommandException(ExitCode.OTHER, "BUSY", "the local registry of " + Text.printable(account.username())
                        + " is open in another AdsDesk process (the app, or another command); sync from the app,"
                        + " or close it and try again", e);
            }
            if (e instanceof io.adsdesk.registry.RegistryException) {
                // Already in plain words: a full disk, a read-only directory, with what to do.
                throw new CommandException(ExitCode.OTHER, "REGISTRY", Text.oneLine(e.getMessage()), e);
            }
            throw new CommandException(ExitCode.OTHER, "cannot open the local registry in " + Text.printable(root.toString())
                    + ": " + Text.printable(cause), e);
        }
    }

    /** Why the team registry could not be opened, in the words of "Test connection", with what to give here. */
    static String teamFailure(io.adsdesk.registry.TeamServer team, Throwable e) {
        var why = io.adsdesk.registry.TeamServerCheck.failure(team, e);
        String text = "cannot open the team registry: " + why.message();
        if (why.outcome() == io.adsdesk.registry.TeamServerCheck.Outcome.LOGIN_REFUSED && team.password() == null) {
            text += " Name the variable holding the database password with --registry-password-env VAR (or connect once"
                    + " from the dashboard, which keeps it in the credential store).";
        }
        return Text.oneLine(text);
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
