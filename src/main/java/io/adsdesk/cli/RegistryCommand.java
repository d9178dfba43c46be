package io.adsdesk.cli;

import io.adsdesk.registry.RegistryBackups;
import io.adsdesk.registry.RegistryBackups.Backup;
import io.adsdesk.registry.RegistryDamagedException;
import io.adsdesk.registry.RegistryException;
import io.adsdesk.registry.RegistryRecovery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code adsdesk registry check|restore|rebuild}: the account's local registry, offline. Check reads
 * every row (exit 0 healthy, 5 damaged, one line saying what); restore puts a backup in place;
 * rebuild starts again from no programs for the next sync. A replaced file is kept, never deleted.
 */
@Command(name = "registry", description = "Check the account's local registry, or restore or rebuild a damaged one (no network).")
final class RegistryCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    /** The command with its three subcommands, as {@link Commands} registers it. */
    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new RegistryCommand())
                .addSubcommand(new Check(context))
                .addSubcommand(new Restore(context))
                .addSubcommand(new Rebuild(context))
                .addSubcommand(new RegistryCopyCommand(context));
    }

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("say what to do: check, restore, rebuild or copy (adsdesk registry --help)");
    }

    /** Options every registry subcommand takes, and the account directory they name. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Mixin
        AccountOptions accountOptions;

        @Mixin
        HelpOption help;

        final CliContext context;
        String who;

        Base(CliContext context) {
            this.context = context;
        }

        /** The account's directory; bad input when the account has no local registry. */
        Path accountDir() throws UsageException {
            LocalAccount local = LocalAccount.of(dataDir, accountOptions, context);
            who = local.who();
            if (!local.exists()) {
                throw new UsageException("no local registry for " + who + " in the data directory "
                        + Text.printable(local.root().toString()));
            }
            return local.accountDir();
        }

        void say(String line) {
            context.terminal().out().println(Text.oneLine(line));
            context.terminal().out().flush();
        }

        static CommandException failed(RegistryException e) {
            return new CommandException(ExitCode.OTHER, e instanceof RegistryDamagedException ? "DAMAGED_REGISTRY" : "REGISTRY",
                    Text.oneLine(e.getMessage()), e);
        }
    }

    @Command(name = "check", description = "Read every row of the local registry: exit 0 when healthy, 5 when damaged.")
    static final class Check extends Base {
        Check(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws UsageException, CommandException {
            Path dir = accountDir();
            RegistryRecovery recovery = RegistryRecovery.of(dir);
            var problem = recovery.check();
            if (problem.isPresent()) {
                throw failed(problem.get());
            }
            List<Backup> backups = recovery.backups();
            say("The local registry of " + who + " is healthy (every row read); " + backups.size() + " backup"
                    + (backups.size() == 1 ? "" : "s") + (backups.isEmpty() ? "" : ", the newest from " + backups.getFirst().takenAt()) + ".");
            return ExitCode.OK.code;
        }
    }

    @Command(name = "restore", description = "Put a backup of the local registry in place (default: the newest); the current file is kept beside it.")
    static final class Restore extends Base {
        @Option(names = "--backup", paramLabel = "FILE", description = "The backup to restore (a registry-<time>.zip).")
        String backup;

        Restore(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws UsageException, CommandException {
            Backup chosen = backup == null ? null : given(backup);
            Path dir = accountDir();
            RegistryRecovery recovery = RegistryRecovery.of(dir);
            try {
                if (chosen == null) {
                    List<Backup> backups = recovery.backups();
                    if (backups.isEmpty()) {
                        throw new CommandException(ExitCode.OTHER, "NO_BACKUP", "there is no backup of the local registry of "
                                + who + "; rebuild it from Yelp instead: adsdesk registry rebuild, then adsdesk sync", null);
                    }
                    chosen = backups.getFirst();
                }
                var aside = recovery.restore(chosen);
                say("Restored the backup from " + chosen.takenAt() + aside.map(p -> "; the previous file is kept as " + p).orElse("")
                        + ". Run adsdesk sync to bring it up to date.");
                return ExitCode.OK.code;
            } catch (RegistryException e) {
                throw failed(e);
            }
        }

        private static Backup given(String value) throws UsageException {
            try {
                Path file = Path.of(value).toAbsolutePath().normalize();
                if (!Files.isRegularFile(file)) {
                    throw new UsageException("--backup: no such file " + Text.printable(file.toString()));
                }
                return RegistryBackups.of(file);
            } catch (InvalidPathException e) {
                throw new UsageException("--backup: not a valid path");
            } catch (IOException e) {
                throw new UsageException("--backup: cannot read " + Text.printable(value));
            }
        }
    }

    @Command(name = "rebuild", description = "Start the local registry again from no programs (history, jobs and audit log from the newest backup); the next sync fetches every program.")
    static final class Rebuild extends Base {
        Rebuild(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws UsageException, CommandException {
            Path dir = accountDir();
            try {
                var kept = RegistryRecovery.of(dir).rebuild();
                say("The local registry was emptied of programs" + kept.map(b -> "; sync history, jobs and audit log come from the backup of "
                        + b.takenAt()).orElse("; there was no readable backup, so it starts without history")
                        + ". Run adsdesk sync to fetch every program again.");
                return ExitCode.OK.code;
            } catch (RegistryException e) {
                throw failed(e);
            }
        }
    }
}
