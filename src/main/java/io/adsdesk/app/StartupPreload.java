package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.model.PacificDate;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.RegistryDamagedException;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramsSnapshot;
import io.adsdesk.threads.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Opens the account the app will reopen, builds its table rows and finds the credential store, on
 * threads of their own while JavaFX starts: on two cores the toolkit and the registry start side by side instead of one after
 * the other. The dashboard takes the open registry when it asks for that account; a registry nobody
 * takes is closed with the app.
 */
final class StartupPreload implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StartupPreload.class);

    /** {@code damage} set (and registry null) when the registry was refused as damaged: taking it throws that. */
    private record Opened(Account account, HibernateProgramRegistry registry, RegistryDamagedException damage) {
    }

    private final CompletableFuture<Opened> opened;
    /** Null: looked for when first asked. */
    private final CompletableFuture<CredentialStore> credentials;
    private boolean taken;

    private StartupPreload(CompletableFuture<Opened> opened, CompletableFuture<CredentialStore> credentials) {
        this.opened = opened;
        this.credentials = credentials;
    }

    static StartupPreload none() {
        return new StartupPreload(CompletableFuture.completedFuture(null), null);
    }

    /**
     * Starts looking for the OS credential store (reopening the last account asks it for the
     * password first), and preloads the last account in the settings unless the demo was asked for.
     */
    static StartupPreload begin(Path dataRoot, boolean demo, Threads threads) {
        CompletableFuture<CredentialStore> credentials = CredentialStores.choose(threads);
        if (demo) {
            return new StartupPreload(CompletableFuture.completedFuture(null), credentials);
        }
        CompletableFuture<Opened> opened = new CompletableFuture<>();
        threads.start("preload", () -> opened.complete(open(dataRoot, threads)));
        return new StartupPreload(opened, credentials);
    }

    /** Where passwords are kept, once found (or the session-only fallback, looked for on {@code threads}). */
    CompletableFuture<CredentialStore> credentials(Threads threads) {
        return credentials != null ? credentials : CredentialStores.choose(threads);
    }

    private static Opened open(Path dataRoot, Threads threads) {
        try {
            UiSettings settings = UiSettings.load(dataRoot.resolve(UiSettings.FILE_NAME));
            if (settings.lastAccountDemo || settings.lastAccountUsername == null || settings.lastAccountBaseUrl == null) {
                return null;
            }
            Account account = new Account(settings.lastAccountUsername, settings.lastAccountBaseUrl);
            if (!AccountStore.exists(dataRoot, account) || settings.teamRegistries.containsKey(account.key())) {
                // A team registry opens with the credential store's database password, on the account's way.
                return null;
            }
            long started = System.nanoTime();
            HibernateProgramRegistry registry;
            try {
                registry = AccountStore.openRegistryForReading(dataRoot, account,
                        threads.cachedPool("preload-cache"));
            } catch (RegistryDamagedException e) {
                return new Opened(account, null, e);
            }
            try {
                var contents = registry.loadContents();
                ProgramsSnapshot.of(contents, PacificDate.today(), registry.lastSyncedAt().orElse(null));
                LOG.info("Preloaded {} programs in {} ms", contents.programs().size(), (System.nanoTime() - started) / 1_000_000);
            } catch (RegistryDamagedException e) {
                registry.close();
                return new Opened(account, null, e);
            } catch (RuntimeException e) {
                LOG.warn("Preloading the programs failed; the screen loads them itself: {}", e.toString());
            }
            return new Opened(account, registry, null);
        } catch (RuntimeException e) {
            LOG.warn("Preloading the last account failed; it opens the usual way: {}", e.toString());
            return null;
        }
    }

    /** The preloaded registry of this account, once; empty for any other account or after a failure. */
    synchronized Optional<HibernateProgramRegistry> take(Account wanted) {
        Opened o = taken ? null : opened.join();
        if (o == null || !o.account().equals(wanted)) {
            return Optional.empty();
        }
        taken = true;
        if (o.damage() != null) {
            throw o.damage();
        }
        return Optional.of(o.registry());
    }

    @Override
    public synchronized void close() {
        Opened o = taken ? null : opened.join();
        taken = true;
        if (o != null && o.registry() != null) {
            o.registry().close();
        }
    }
}
