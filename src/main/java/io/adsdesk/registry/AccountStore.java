package io.adsdesk.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.model.Account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One directory per account under {@code <root>/accounts/<account key>}: its registry, its sync
 * lock and an {@code account.json} naming it (username and base URL, never a password).
 */
public final class AccountStore {
    private static final String ACCOUNTS = "accounts";
    private static final String ACCOUNT_FILE = "account.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccountStore() {
    }

    public static Path accountDir(Path root, Account account) {
        return root.resolve(ACCOUNTS).resolve(account.key());
    }

    /** Whether a registry for this account was ever created. */
    public static boolean exists(Path root, Account account) {
        Path dir = accountDir(root, account);
        // A registry whose file went missing still existed: opening it says so instead of "no data".
        return Files.exists(dir.resolve(HibernateProgramRegistry.FILE_NAME + ".mv.db")) || Files.exists(dir.resolve(CommitCounter.FILE_NAME));
    }

    /** Opens the account's registry, creating its directory and account.json on first use. */
    public static HibernateProgramRegistry openRegistry(Path root, Account account) {
        return HibernateProgramRegistry.open(prepare(root, account));
    }

    /** Like {@link #openRegistry}, reading the contents cache on {@code background} while the database opens. */
    public static HibernateProgramRegistry openRegistryForReading(Path root, Account account,
                                                                  java.util.concurrent.Executor background) {
        return HibernateProgramRegistry.openForReading(prepare(root, account), background);
    }

    /**
     * Opens the account's registry on a team server; its local directory keeps a copy of the
     * contents ({@code team/contents.cache}) for a fast start.
     */
    public static HibernateProgramRegistry openTeamRegistry(Path root, Account account, TeamServer server,
                                                            java.util.concurrent.Executor background) {
        Path cacheDir = prepare(root, account).resolve("team");
        try {
            Files.createDirectories(cacheDir);
        } catch (IOException e) {
            throw new RegistryException("Cannot create " + cacheDir + ": " + e.getMessage(), e);
        }
        return TeamRegistries.open(server, account, cacheDir, background);
    }

    /**
     * The account's last local copy of its team registry, read-only, for when the team server cannot be
     * reached; empty when this computer has none.
     *
     * @param unreachableSince when the server was first found unreachable
     * @param reason           why, in plain words
     */
    public static java.util.Optional<ProgramRegistry> openTeamCopy(Path root, Account account, java.time.Instant unreachableSince,
                                                                   String reason) {
        return OfflineTeamRegistry.open(accountDir(root, account).resolve("team"), unreachableSince, reason);
    }

    private static Path prepare(Path root, Account account) {
        Path dir = accountDir(root, account);
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(ACCOUNT_FILE);
            if (!Files.exists(file)) {
                var node = JSON.createObjectNode().put("username", account.username()).put("base_url", account.baseUrl());
                Path tmp = Files.createTempFile(dir, "account", ".tmp");
                JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), node);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new RegistryException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    /** The accounts that have a directory under root, by username. */
    public static List<Account> listAccounts(Path root) {
        Path accounts = root.resolve(ACCOUNTS);
        if (!Files.isDirectory(accounts)) {
            return List.of();
        }
        List<Account> result = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(accounts)) {
            for (Path dir : dirs.toList()) {
                Path file = dir.resolve(ACCOUNT_FILE);
                if (Files.isRegularFile(file)) {
                    try {
                        JsonNode n = JSON.readTree(file.toFile());
                        result.add(new Account(n.path("username").asText(), n.path("base_url").asText()));
                    } catch (IOException | IllegalArgumentException unreadable) {
                        // a damaged account.json hides that account, it does not break the list
                    }
                }
            }
        } catch (IOException e) {
            throw new RegistryException("Cannot read " + accounts + ": " + e.getMessage(), e);
        }
        result.sort(Comparator.comparing(Account::username).thenComparing(Account::baseUrl));
        return result;
    }
}
