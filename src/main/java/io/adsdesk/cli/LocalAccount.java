package io.adsdesk.cli;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.ProgramRegistry;

import java.nio.file.Path;

/**
 * The account an offline command works on, with the data directory its local registry lives in.
 *
 * @param who how the account is named in messages
 */
record LocalAccount(Path root, Account account, String who, io.adsdesk.registry.TeamServer team) {

    /** Resolves {@code --data-dir} first, then the account options; nothing is started or opened. */
    static LocalAccount of(DataDirOption dataDir, AccountOptions accountOptions, DemoAccess demo) throws UsageException {
        return of(dataDir, accountOptions, demo, TeamPasswords.NONE);
    }

    /** As {@link #of(DataDirOption, AccountOptions, DemoAccess)}, with the context's demo and stored team passwords. */
    static LocalAccount of(DataDirOption dataDir, AccountOptions accountOptions, CliContext context) throws UsageException {
        return of(dataDir, accountOptions, context.demo(), context.teamPasswords());
    }

    private static LocalAccount of(DataDirOption dataDir, AccountOptions accountOptions, DemoAccess demo, TeamPasswords stored)
            throws UsageException {
        Path root = dataDir.root();
        try (AccountChoice choice = AccountChoice.from(accountOptions, demo)) {
            return new LocalAccount(root, choice.account(), choice.describe(),
                    TeamRegistryOption.of(accountOptions, System.getenv(), choice.account(), stored));
        }
    }

    boolean exists() {
        return team != null || RegistryAccess.exists(root, account);
    }

    /** Bad input when the account was never synced here, saying which sync command fills it. */
    void requireSynced(boolean demo) throws UsageException {
        if (!exists()) {
            throw new UsageException("no local data for " + who + " in the data directory " + Text.printable(root.toString())
                    + "; run 'adsdesk sync" + (demo ? " --demo" : "") + "' first");
        }
    }

    ProgramRegistry open() throws CommandException {
        return RegistryAccess.open(root, account, team);
    }

    Path accountDir() {
        return AccountStore.accountDir(root, account);
    }
}
