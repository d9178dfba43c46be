package io.adsdesk.cli;

import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.RegistryCopy;
import io.adsdesk.registry.RegistryException;
import io.adsdesk.registry.TeamServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code adsdesk registry copy --to-url URL | --from-url URL}: moves an account's local registry to
 * a team server in one transaction (or gives a user a local copy of the team's), counts verified.
 */
@Command(name = "copy", description = "Copy the account's local registry to a team registry (--to-url), or a team registry to"
        + " a local one (--from-url), in one transaction; the target must be empty.")
final class RegistryCopyCommand extends RegistryCommand.Base {
    @Option(names = "--to-url", paramLabel = "URL", description = "Team registry to copy into: jdbc:postgresql://HOST:PORT/DB.")
    String toUrl;

    @Option(names = "--from-url", paramLabel = "URL", description = "Team registry to copy from: jdbc:postgresql://HOST:PORT/DB.")
    String fromUrl;

    RegistryCopyCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws UsageException, CommandException {
        if ((toUrl == null) == (fromUrl == null)) {
            throw new UsageException("say where to copy: --to-url URL (local to team) or --from-url URL (team to local)");
        }
        if (accountOptions.registryUrl != null) {
            throw new UsageException("registry copy takes --to-url or --from-url, not --registry-url");
        }
        String url = toUrl != null ? toUrl : fromUrl;
        String option = toUrl != null ? "--to-url" : "--from-url";
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new UsageException(option + ": a team registry URL looks like jdbc:postgresql://HOST:PORT/DATABASE");
        }
        java.nio.file.Path root = dataDir.root();
        io.adsdesk.model.Account account;
        try (AccountChoice choice = AccountChoice.from(accountOptions, context.demo())) {
            account = choice.account();
            who = choice.describe();
        }
        TeamServer team = new TeamServer(url, accountOptions.registryUser,
                TeamRegistryOption.password(accountOptions, context.terminal().env(), account, url, context.teamPasswords()));
        LocalAccount local = new LocalAccount(root, account, who, null);
        if (toUrl != null && !RegistryAccess.exists(local.root(), local.account())) {
            throw new UsageException("no local registry for " + who + " in the data directory " + Text.printable(local.root().toString()));
        }
        RegistryAccess.prepare(local.root());
        try (HibernateProgramRegistry mine = AccountStore.openRegistry(local.root(), local.account());
             HibernateProgramRegistry theirs = AccountStore.openTeamRegistry(local.root(), local.account(), team, null)) {
            Map<String, Integer> copied = toUrl != null ? RegistryCopy.copy(mine, theirs) : RegistryCopy.copy(theirs, mine);
            say("Copied the registry of " + who + (toUrl != null ? " to " + team.shownUrl() : " from " + team.shownUrl()) + ": "
                    + copied.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().replace('_', ' '))
                    .collect(Collectors.joining(", ")) + " (counts verified).");
            return ExitCode.OK.code;
        } catch (RegistryException e) {
            throw failed(e);
        }
    }
}
