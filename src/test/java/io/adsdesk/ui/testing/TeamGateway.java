package io.adsdesk.ui.testing;

import io.adsdesk.model.Account;
import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.OfflineCopy;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.SyncWriter;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.TeamCheck;
import io.adsdesk.ui.accounts.TeamRegistryChoice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FakeGateway} that also opens team registries: it records what the form handed over (choice and
 * database password), answers "Test connection" as scripted, and opens an offline copy while
 * {@link #reachable} is false.
 */
public final class TeamGateway extends DelegatingGateway {
    public record Connect(Account account, TeamRegistryChoice team, String teamPassword) {
    }

    public final FakeGateway fake;
    public final List<Connect> connects = new ArrayList<>();
    public final List<String> testedPasswords = new ArrayList<>();
    public TeamCheck answer = new TeamCheck(true, false, "Connected to PostgreSQL 16.4.");
    public boolean reachable = true;
    public OfflineCopy copy = new OfflineCopy(Instant.parse("2026-12-05T14:05:00Z"), Instant.parse("2026-12-05T13:58:00Z"),
            "Nothing answers at db:5432.");
    public int retries;

    public TeamGateway(FakeGateway fake) {
        super(fake);
        this.fake = fake;
    }

    @Override
    public AccountSession connect(Account account, char[] password, boolean remember, boolean allowInsecureHttp,
                                  TeamRegistryChoice team, char[] teamPassword) {
        connects.add(new Connect(account, team, teamPassword == null ? null : new String(teamPassword)));
        AccountSession online = fake.connect(account, password, remember);
        return reachable ? online : offline(account);
    }

    @Override
    public AccountSession openCached(Account account, TeamRegistryChoice team) {
        connects.add(new Connect(account, team, null));
        return reachable ? fake.openCached(account) : offline(account);
    }

    @Override
    public TeamCheck testTeamRegistry(Account account, TeamRegistryChoice team, char[] password) {
        testedPasswords.add(password == null ? null : new String(password));
        return answer;
    }

    @Override
    public Optional<AccountSession> retryTeamRegistry(Account account, TeamRegistryChoice team) {
        retries++;
        return reachable ? Optional.of(fake.connect(account, "pw".toCharArray(), false)) : Optional.empty();
    }

    private AccountSession offline(Account account) {
        return new AccountSession(account, false, new Copy(fake.registry, copy), fake.synchronizer, () -> { });
    }

    /** A registry that says it is an offline copy. */
    private record Copy(ProgramRegistry rows, OfflineCopy copy) implements ProgramRegistry {
        @Override
        public Optional<OfflineCopy> offlineCopy() {
            return Optional.of(copy);
        }

        @Override
        public List<Program> findAll() {
            return rows.findAll();
        }

        @Override
        public int countPrograms() {
            return rows.countPrograms();
        }

        @Override
        public List<Business> findBusinesses() {
            return rows.findBusinesses();
        }

        @Override
        public SyncWriter openSyncWriter() {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public SyncRun recordRun(SyncRun run) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void upsertBusinesses(Collection<Business> businesses) {
            throw new UnsupportedOperationException("read-only");
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
        }
    }
}
