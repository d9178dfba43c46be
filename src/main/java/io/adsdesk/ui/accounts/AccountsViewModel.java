package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
import io.adsdesk.model.BaseUrl;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The open account and the connect form. Opening an account, the demo and sign-out run on the
 * injected executor; the previous session is closed on it too.
 */
public final class AccountsViewModel {
    static final int MAX_LENGTH = 2048;
    static final String LOOKING_FOR_STORE = "Looking for the system's credential store…";

    private final AccountGateway gateway;
    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<AccountSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<DamagedRegistry> damaged = new ReadOnlyObjectWrapper<>(this, "damaged");
    private final ObservableList<Account> knownAccounts = FXCollections.observableArrayList();

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember");
    private final BooleanProperty allowInsecureHttp = new SimpleBooleanProperty(this, "allowInsecureHttp");
    private final ReadOnlyBooleanWrapper canRemember = new ReadOnlyBooleanWrapper(this, "canRemember");
    private final ReadOnlyStringWrapper passwordStorageNote = new ReadOnlyStringWrapper(this, "passwordStorageNote",
            LOOKING_FOR_STORE);
    private final ReadOnlyBooleanWrapper canConnect = new ReadOnlyBooleanWrapper(this, "canConnect");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final TeamRegistryViewModel team;
    private final OfflineBannerModel offline;
    /** Where each account's registry is (saved team registries); defaults until the dashboard hands its settings. */
    private io.adsdesk.ui.common.UiSettings settings = new io.adsdesk.ui.common.UiSettings();
    private Runnable saveSettings = () -> { };

    public AccountsViewModel(AccountGateway gateway, TaskExecutor executor) {
        this.gateway = gateway;
        this.executor = executor;
        baseUrl.set(gateway.defaultBaseUrl());
        this.team = new TeamRegistryViewModel(gateway, executor);
        this.offline = new OfflineBannerModel(this, gateway, executor);
        problem.bind(Bindings.createStringBinding(() -> {
            String form = problemWith(username.get(), password.get(), baseUrl.get(), allowInsecureHttp.get());
            return form.isEmpty() ? team.problemProperty().get() : form;
        }, username, password, baseUrl, allowInsecureHttp, team.problemProperty()));
        session.addListener((o, old, now) -> offline.sessionChanged(now));
        canConnect.bind(Bindings.createBooleanBinding(() -> !busy.get() && problem.get().isEmpty(), busy, problem));
    }

    /**
     * Asks where passwords go, for the connect dialog. On a worker: right after start the credential
     * store may still be being looked for (bounded), and the FX thread must not wait for it.
     */
    public void checkPasswordStorage() {
        executor.submit(ctx -> gateway.passwordStorage(), TaskCallbacks.<PasswordStorage, Void>of(
                storage -> {
                    canRemember.set(storage.persistent());
                    remember.set(storage.persistent());
                    passwordStorageNote.set(storage.note());
                },
                e -> passwordStorageNote.set("AdsDesk could not reach a credential store: it asks for the password at each start.")));
    }

    static boolean validUrl(String url) {
        if (url == null || !url.strip().matches("(?i)https?://[^\\s/]+(/\\S*)?") || url.length() > MAX_LENGTH) {
            return false;
        }
        return BaseUrl.isValid(url);
    }

    /** Why the form cannot connect yet, in plain words; empty when it can. */
    static String problemWith(String username, String password, String baseUrl, boolean allowInsecureHttp) {
        String user = username == null ? "" : username.strip();
        if (user.isEmpty()) {
            return "Enter the partner-API username.";
        }
        if (user.length() > MAX_LENGTH || hasControlCharacters(user)) {
            return "The username must be one line of at most " + MAX_LENGTH + " characters.";
        }
        if (user.indexOf(':') >= 0) {
            return "The username cannot contain ':'.";
        }
        if (password == null || password.isEmpty()) {
            return "Enter the password.";
        }
        if (password.length() > MAX_LENGTH) {
            return "The password can have at most " + MAX_LENGTH + " characters.";
        }
        if (!validUrl(baseUrl)) {
            return "The base URL must be an http(s) address with a host, e.g. " + BaseUrl.PRODUCTION + ".";
        }
        if (!allowInsecureHttp && BaseUrl.insecureHttpProblem(baseUrl) != null) {
            return "A plain http:// address would send the password unencrypted: use https://, or tick "
                    + "\"Allow insecure HTTP\" under Advanced.";
        }
        return "";
    }

    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }

    /** Fills the form for an account (e.g. when its password must be asked again). */
    public void prepareForm(Account account) {
        username.set(account == null ? "" : account.username());
        baseUrl.set(account == null ? gateway.defaultBaseUrl() : account.baseUrl());
        allowInsecureHttp.set(false);
        password.set("");
        error.set("");
        team.load(account == null ? null : teamRegistryOf(account));
    }

    /**
     * The settings that keep each account's registry choice (URL and user of a team registry, never a
     * password), and how to save them. FX thread.
     */
    public void useSettings(io.adsdesk.ui.common.UiSettings settings, Runnable save) {
        this.settings = settings;
        this.saveSettings = save;
    }

    /** The account's saved team registry; null when its registry is on this computer. */
    public TeamRegistryChoice teamRegistryOf(Account account) {
        var saved = settings.teamRegistries.get(account.key());
        return saved == null || saved.url == null ? null : new TeamRegistryChoice(saved.url, saved.user);
    }

    private void rememberTeamRegistry(Account account, TeamRegistryChoice choice) {
        var before = settings.teamRegistries.get(account.key());
        if (choice == null) {
            if (before == null) {
                return;
            }
            settings.teamRegistries.remove(account.key());
        } else {
            if (before != null && choice.url().equals(before.url) && java.util.Objects.equals(choice.user(), before.user)) {
                return;
            }
            settings.teamRegistries.put(account.key(), new io.adsdesk.ui.common.UiSettings.TeamRegistry(choice.url(), choice.user()));
        }
        saveSettings.run();
    }

    /** Connects with the form's values. */
    public void connect(Consumer<AccountSession> onOpened) {
        if (!canConnect.get()) {
            error.set(problem.get());
            return;
        }
        Account account;
        try {
            account = new Account(username.get().strip(), baseUrl.get().strip());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        char[] secret = password.get().toCharArray();
        boolean keep = remember.get();
        boolean insecure = allowInsecureHttp.get();
        TeamRegistryChoice registry = team.choice();
        char[] teamSecret = team.takePassword();
        password.set("");
        open(() -> {
            try {
                return registry == null ? gateway.connect(account, secret, keep, insecure)
                        : gateway.connect(account, secret, keep, insecure, registry, teamSecret);
            } finally {
                Arrays.fill(secret, '\0');
                if (teamSecret != null) {
                    Arrays.fill(teamSecret, '\0');
                }
            }
        }, opened -> {
            rememberTeamRegistry(account, registry);
            onOpened.accept(opened);
        });
    }

    public void tryDemo(Consumer<AccountSession> onOpened) {
        open(gateway::openDemo, onOpened);
    }

    /**
     * Reopens a known account with its stored password. If none is stored, opens its cached
     * programs at once (browsing needs no password) and calls {@code needsPassword} (the view then
     * shows the connect dialog, pre-filled).
     */
    public void reopen(Account account, Consumer<AccountSession> onOpened, Consumer<Account> needsPassword) {
        TeamRegistryChoice registry = teamRegistryOf(account);
        busy.set(true);
        executor.submit(ctx -> gateway.storedPassword(account), TaskCallbacks.<Optional<char[]>, Void>of(
                stored -> {
                    busy.set(false);
                    if (stored.isEmpty()) {
                        open(() -> registry == null ? gateway.openCached(account) : gateway.openCached(account, registry),
                                onOpened);
                        prepareForm(account);
                        needsPassword.accept(account);
                    } else {
                        char[] secret = stored.get();
                        open(() -> {
                            try {
                                // Stored earlier, so still to be remembered.
                                return registry == null ? gateway.connect(account, secret, true)
                                        : gateway.connect(account, secret, true, false, registry, null);
                            } finally {
                                Arrays.fill(secret, '\0');
                            }
                        }, onOpened);
                    }
                },
                e -> {
                    busy.set(false);
                    prepareForm(account);
                    needsPassword.accept(account);
                }));
    }

    /** Signs out: forgets the stored password and closes the account. */
    public void signOut() {
        AccountSession current = session.get();
        session.set(null);
        if (current == null) {
            return;
        }
        executor.submit(ctx -> {
            if (!current.demo()) {
                gateway.forgetPassword(current.account());
            }
            current.close();
            return null;
        }, TaskCallbacks.<Object, Void>of(x -> refreshKnownAccounts(), e -> error.set("Sign-out: " + e.getMessage())));
    }

    public void refreshKnownAccounts() {
        executor.submit(ctx -> gateway.knownAccounts(), TaskCallbacks.<List<Account>, Void>of(
                knownAccounts::setAll, e -> { }));
    }

    /**
     * Replaces the open session by {@code next} (the same account, reopened from its team registry once
     * it answers again); the replaced one is closed on a worker. FX thread.
     */
    void replaceSession(AccountSession next) {
        AccountSession previous = session.get();
        session.set(next);
        if (previous != null && previous != next) {
            executor.submit(ctx -> {
                previous.close();
                return null;
            }, TaskCallbacks.<Object, Void>of(x -> { }, e -> { }));
        }
    }

    /** The connect dialog's Team registry section. */
    public TeamRegistryViewModel team() {
        return team;
    }

    /** The banner shown while the open account is its team registry's offline copy. */
    public OfflineBannerModel offline() {
        return offline;
    }

    /** Closes the open account (app exit). Blocking; call from a worker or at shutdown. */
    public void closeNow() {
        AccountSession current = session.get();
        if (current != null) {
            try {
                current.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }

    private interface Opener {
        AccountSession open() throws Exception;
    }

    private void open(Opener opener, Consumer<AccountSession> onOpened) {
        busy.set(true);
        error.set("");
        damaged.set(null);
        AccountSession previous = session.get();
        executor.submit(ctx -> {
            if (previous != null) {
                previous.close();
            }
            return opener.open();
        }, TaskCallbacks.<AccountSession, Void>of(
                opened -> {
                    busy.set(false);
                    session.set(opened);
                    refreshKnownAccounts();
                    onOpened.accept(opened);
                },
                e -> {
                    busy.set(false);
                    if (previous != null) {
                        session.set(null);
                    }
                    error.set(describe(e));
                    var damage = DamagedRegistry.find(e);
                    if (damage != null) {
                        damaged.set(new DamagedRegistry(damage, () -> open(opener, onOpened)));
                    }
                }));
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? "Could not open the account (" + e.getClass().getSimpleName() + ")." : msg;
    }

    // ---- properties -----------------------------------------------------------------------

    public ReadOnlyObjectProperty<AccountSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public AccountSession getSession() {
        return session.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The recovery dialog's model for a damaged registry: its work runs on this model's executor. */
    public RecoveryViewModel recoveryFor(DamagedRegistry damaged) {
        return new RecoveryViewModel(damaged.problem(), io.adsdesk.registry.RegistryRecovery.of(damaged.problem().directory()),
                executor, damaged.retry());
    }

    /** Set when an account could not be opened because its registry is damaged: the window offers recovery. */
    public ReadOnlyObjectProperty<DamagedRegistry> damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    public ObservableList<Account> knownAccounts() {
        return knownAccounts;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** Whether a plain http:// base URL to another computer may be used (the password then travels unencrypted). */
    public BooleanProperty allowInsecureHttpProperty() {
        return allowInsecureHttp;
    }

    /** Why Connect is not possible yet (empty when it is): shown under the form. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConnectProperty() {
        return canConnect.getReadOnlyProperty();
    }

    /** Where the password will be kept; a placeholder while the credential store is looked for. */
    public ReadOnlyStringProperty passwordStorageNoteProperty() {
        return passwordStorageNote.getReadOnlyProperty();
    }

    /** Whether "Remember the password" can be offered: false until an OS credential store answered. */
    public ReadOnlyBooleanProperty canRememberProperty() {
        return canRemember.getReadOnlyProperty();
    }
}
