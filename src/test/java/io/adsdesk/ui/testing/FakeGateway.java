package io.adsdesk.ui.testing;

import io.adsdesk.testing.MemoryRegistry;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountGateway;
import io.adsdesk.sync.AccountSynchronizer;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.PasswordStorage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link AccountGateway} over in-memory registries and scripted synchronizers. */
public final class FakeGateway implements AccountGateway {
    public final MemoryRegistry registry = new MemoryRegistry();
    public final ScriptedSynchronizer synchronizer;
    public final Map<Account, char[]> stored = new HashMap<>();
    public final List<Account> forgotten = new ArrayList<>();
    public final List<Account> connected = new ArrayList<>();

    public FakeGateway(int programs, int businesses) {
        synchronizer = new ScriptedSynchronizer(registry, TestData.programs(programs, businesses), TestData.businesses(businesses));
    }

    @Override
    public String defaultBaseUrl() {
        return "https://partner-api.yelp.com";
    }

    @Override
    public List<Account> knownAccounts() {
        return List.copyOf(connected);
    }

    @Override
    public Optional<char[]> storedPassword(Account account) {
        return Optional.ofNullable(stored.get(account)).map(char[]::clone);
    }

    @Override
    public AccountSession connect(Account account, char[] password, boolean remember) {
        if (remember) {
            stored.put(account, password.clone());
        } else {
            stored.remove(account);
        }
        if (!connected.contains(account)) {
            connected.add(account);
        }
        return new AccountSession(account, false, registry, synchronizer, () -> { });
    }

    @Override
    public AccountSession openCached(Account account) {
        return new AccountSession(account, false, registry, AccountSynchronizer.passwordNeeded(), () -> { });
    }

    @Override
    public AccountSession openDemo() {
        return new AccountSession(new Account("demo", "http://127.0.0.1:1"), true, registry, synchronizer, () -> { });
    }

    @Override
    public void forgetPassword(Account account) {
        stored.remove(account);
        forgotten.add(account);
    }

    @Override
    public PasswordStorage passwordStorage() {
        return new PasswordStorage(true, "Test store.");
    }
}
