package io.adsdesk.ui.accounts;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.Account;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sync.AccountSynchronizer;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged registry is not opened: the window is offered recovery, and after it the account opens. */
class RecoveryViewModelTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    private final List<AccountSession> opened = new ArrayList<>();

    private static Program program(String id) {
        return new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, 1000L, null, "USD", false,
                FeePeriod.ROLLING_MONTH, 0, 0, null, List.of(new ProgramBusiness("b1", null)), List.of(), List.of(), List.of(),
                List.of(), null);
    }

    /** Two programs, synced and backed up, then the file overwritten with zeros. */
    private void damagedWithABackup() throws Exception {
        try (var registry = HibernateProgramRegistry.open(dir)) {
            SyncWrites.apply(registry, List.of(program("p1"), program("p2")), List.of(), Set.of(),
                    new SyncRun(0, T0, T0.plusSeconds(1), SyncOutcome.SYNCED, 2, 0, 2, 2, 0, 0, 1, null));
            assertTrue(registry.backUp().isEmpty());
        }
        Path file = dir.resolve("registry.mv.db");
        Files.write(file, new byte[(int) Files.size(file)]);
    }

    /** The demo opens the registry in {@link #dir}, as the app's backend does. */
    private AccountsViewModel accounts() {
        FakeGateway fake = new FakeGateway(0, 0);
        AccountGateway gateway = new AccountGateway() {
            public String defaultBaseUrl() {
                return fake.defaultBaseUrl();
            }

            public List<Account> knownAccounts() {
                return List.of();
            }

            public Optional<char[]> storedPassword(Account account) {
                return Optional.empty();
            }

            public AccountSession connect(Account account, char[] password, boolean remember) {
                throw new UnsupportedOperationException();
            }

            public AccountSession openDemo() {
                HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir);
                return new AccountSession(new Account("demo", "http://127.0.0.1:1"), true, registry,
                        AccountSynchronizer.passwordNeeded(), registry::close);
            }

            public AccountSession openCached(Account account) {
                throw new UnsupportedOperationException();
            }

            public void forgetPassword(Account account) {
            }

            public PasswordStorage passwordStorage() {
                return fake.passwordStorage();
            }
        };
        return new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());
    }

    @Test
    void openingADamagedRegistryOffersRecoveryAndRestoringTheNewestBackupOpensIt() throws Exception {
        damagedWithABackup();
        AccountsViewModel accounts = accounts();

        accounts.tryDemo(opened::add);

        DamagedRegistry damaged = accounts.damagedProperty().get();
        assertNotNull(damaged, accounts.errorProperty().get());
        assertNull(accounts.getSession());
        assertTrue(accounts.errorProperty().get().startsWith("The local registry cannot be trusted"));
        RecoveryViewModel recovery = accounts.recoveryFor(damaged);
        assertEquals(damaged.problem().getMessage(), recovery.problemProperty().get());
        recovery.loadBackups();
        assertEquals(1, recovery.backups().size());
        assertEquals(recovery.backups().getFirst(), recovery.chosenProperty().get(), "the newest is chosen");
        assertTrue(recovery.canRestoreProperty().get());

        recovery.restore();

        assertTrue(recovery.doneProperty().get(), recovery.errorProperty().get());
        assertEquals(1, opened.size(), "the account is opened again");
        assertEquals(2, accounts.getSession().registry().countPrograms());
        assertNull(accounts.damagedProperty().get());
        accounts.closeNow();
    }

    @Test
    void withoutABackupOnlyRebuildIsOfferedAndItOpensAnEmptyRegistry() throws Exception {
        damagedWithABackup();
        try (var files = Files.list(dir.resolve("backups"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        AccountsViewModel accounts = accounts();
        accounts.tryDemo(opened::add);
        RecoveryViewModel recovery = accounts.recoveryFor(accounts.damagedProperty().get());
        recovery.loadBackups();
        assertTrue(recovery.backups().isEmpty());
        assertFalse(recovery.canRestoreProperty().get());

        recovery.rebuild();

        assertEquals(1, opened.size());
        assertEquals(0, accounts.getSession().registry().countPrograms(), "the next sync fills it from Yelp");
        accounts.closeNow();
    }
}
