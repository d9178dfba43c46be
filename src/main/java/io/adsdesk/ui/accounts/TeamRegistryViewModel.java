package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connect dialog's "Team registry" section: this computer (the default) or a team's PostgreSQL
 * server with URL, database user and password; its checks in plain words and "Test connection".
 * The password field is emptied once it was handed on; nothing else is cleared on bad input.
 */
public final class TeamRegistryViewModel {
    static final String PROMPT_URL = "jdbc:postgresql://db.example.com:5432/adsdesk";
    private static final Pattern URL = Pattern.compile(
            "jdbc:postgresql://(\\[[0-9A-Fa-f:.]+\\]|[^/:?#\\s\\[\\]]*)(?::([^/?#\\s]*))?/([^?#\\s]*)(\\?\\S*)?");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)[?&]password=");

    private final AccountGateway gateway;
    private final TaskExecutor executor;

    private final BooleanProperty team = new SimpleBooleanProperty(this, "team");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper passwordKept = new ReadOnlyBooleanWrapper(this, "passwordKept");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyObjectWrapper<TeamCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    /** Bumped by every test and every edit: an older test's answer is dropped. */
    private int generation;

    TeamRegistryViewModel(AccountGateway gateway, TaskExecutor executor) {
        this.gateway = gateway;
        this.executor = executor;
        problem.bind(Bindings.createStringBinding(() -> problemWith(team.get(), url.get(), user.get(), password.get()),
                team, url, user, password));
        team.addListener((o, a, b) -> forgetCheck());
        url.addListener((o, a, b) -> forgetCheck());
        user.addListener((o, a, b) -> forgetCheck());
        password.addListener((o, a, b) -> forgetCheck());
    }

    private void forgetCheck() {
        generation++;
        check.set(null);
        testing.set(false);
    }

    /** Why the section's values cannot be used, in plain words; empty when they can (always, for this computer). */
    static String problemWith(boolean team, String url, String user, String password) {
        if (!team) {
            return "";
        }
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            return "Enter the team registry's URL, e.g. " + PROMPT_URL + ".";
        }
        if (u.length() > AccountsViewModel.MAX_LENGTH || hasControlCharacters(u)) {
            return "The team registry URL must be one line of at most " + AccountsViewModel.MAX_LENGTH + " characters.";
        }
        if (!u.startsWith("jdbc:postgresql://")) {
            return "A team registry URL starts with jdbc:postgresql://, e.g. " + PROMPT_URL + ".";
        }
        Matcher m = URL.matcher(u);
        if (!m.matches() || m.group(1).isEmpty() || m.group(3).isEmpty()) {
            return "The team registry URL needs a host and a database: jdbc:postgresql://HOST:PORT/DATABASE.";
        }
        if (m.group(2) != null && !validPort(m.group(2))) {
            return "The port in the team registry URL must be a number from 1 to 65535.";
        }
        if (PASSWORD_PARAM.matcher(u).find()) {
            return "Put the database password in its own field, not in the URL: the URL is saved in the settings.";
        }
        String who = user == null ? "" : user.strip();
        if (who.isEmpty()) {
            return "Enter the database user of the team registry.";
        }
        if (who.length() > 63 || hasControlCharacters(who)) {
            return "The database user must be one line of at most 63 characters.";
        }
        if (password != null && password.length() > AccountsViewModel.MAX_LENGTH) {
            return "The database password can have at most " + AccountsViewModel.MAX_LENGTH + " characters.";
        }
        return "";
    }

    private static boolean validPort(String port) {
        if (!port.matches("\\d{1,5}")) {
            return false;
        }
        int p = Integer.parseInt(port);
        return p >= 1 && p <= 65535;
    }

    private static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    /** Fills the section from an account's saved choice (null: this computer). */
    void load(TeamRegistryChoice choice) {
        team.set(choice != null);
        url.set(choice == null ? "" : choice.url());
        user.set(choice == null ? "" : choice.user());
        password.set("");
        passwordKept.set(choice != null);
        forgetCheck();
    }

    /** The registry chosen: null for this computer. Call only when {@link #problemProperty()} is empty. */
    TeamRegistryChoice choice() {
        return team.get() ? new TeamRegistryChoice(url.get().strip(), user.get().strip()) : null;
    }

    /** The typed database password, then empties the field; null when none was typed (the stored one is used). */
    char[] takePassword() {
        String typed = password.get();
        password.set("");
        return typed == null || typed.isEmpty() ? null : typed.toCharArray();
    }

    /** Connects once to the server with the section's values and reports in plain words; {@code account} may be null. */
    public void testConnection(Account account) {
        if (!team.get() || !problem.get().isEmpty()) {
            check.set(new TeamCheck(false, false, team.get() ? problem.get() : "Choose \"Team registry\" to test a connection."));
            return;
        }
        TeamRegistryChoice choice = choice();
        String typed = password.get();
        char[] secret = typed.isEmpty() ? null : typed.toCharArray();
        int mine = ++generation;
        check.set(null);
        testing.set(true);
        executor.submit(ctx -> {
            try {
                return gateway.testTeamRegistry(account, choice, secret);
            } finally {
                if (secret != null) {
                    java.util.Arrays.fill(secret, '\0');
                }
            }
        }, TaskCallbacks.<TeamCheck, Void>of(result -> answered(mine, result),
                e -> answered(mine, new TeamCheck(false, false, "The test could not run: " + AccountsViewModel.describe(e)))));
    }

    private void answered(int mine, TeamCheck result) {
        if (mine != generation) {
            return;
        }
        testing.set(false);
        check.set(result);
    }

    /** Off: this computer (the default); on: the team's PostgreSQL server. */
    public BooleanProperty teamProperty() {
        return team;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Whether a database password was kept for the saved choice: the field may stay empty. */
    public ReadOnlyBooleanProperty passwordKeptProperty() {
        return passwordKept.getReadOnlyProperty();
    }

    /** Why the section cannot be used yet; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** The last test's answer; null before a test and after any edit. */
    public ReadOnlyObjectProperty<TeamCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }
}
