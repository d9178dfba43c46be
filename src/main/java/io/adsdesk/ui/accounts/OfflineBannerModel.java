package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
import io.adsdesk.registry.OfflineCopy;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The banner over an account shown from its team registry's offline copy: "Team registry unreachable
 * since HH:MM — showing the copy from TIME; changes are disabled", and Retry. A retry that finds the
 * server back reopens the account from it, and the banner goes.
 */
public final class OfflineBannerModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

    private final AccountsViewModel accounts;
    private final AccountGateway gateway;
    private final TaskExecutor executor;
    private Clock clock = Clock.systemDefaultZone();

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper(this, "retrying");
    private AccountSession shown;

    OfflineBannerModel(AccountsViewModel accounts, AccountGateway gateway, TaskExecutor executor) {
        this.accounts = accounts;
        this.gateway = gateway;
        this.executor = executor;
    }

    /** The clock and zone the times are shown in (tests). */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    void sessionChanged(AccountSession session) {
        OfflineCopy copy = session == null || session.registry() == null ? null : session.registry().offlineCopy().orElse(null);
        shown = copy == null ? null : session;
        retrying.set(false);
        text.set(copy == null ? "" : notice(copy, clock.getZone(), clock.instant()));
        detail.set(copy == null ? "" : copy.reason());
    }

    /** "Team registry unreachable since 14:05 — showing the copy from 13:58; changes are disabled". */
    static String notice(OfflineCopy copy, ZoneId zone, Instant now) {
        return "Team registry unreachable since " + shown(copy.unreachableSince(), zone, now) + " — showing the copy from "
                + shown(copy.copiedAt(), zone, now) + "; changes are disabled";
    }

    /** A time of today as HH:MM, of another day with its date. */
    static String shown(Instant at, ZoneId zone, Instant now) {
        ZonedDateTime t = at.atZone(zone);
        boolean today = t.toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (today ? TIME : DAY_AND_TIME).format(t);
    }

    /** Asks whether the team registry answers again; if it does, the account is reopened from it. */
    public void retry() {
        AccountSession offline = shown;
        if (offline == null || retrying.get()) {
            return;
        }
        Account account = offline.account();
        TeamRegistryChoice choice = accounts.teamRegistryOf(account);
        retrying.set(true);
        executor.submit(ctx -> gateway.retryTeamRegistry(account, choice), TaskCallbacks.<java.util.Optional<AccountSession>, Void>of(
                reopened -> {
                    if (shown != offline) {
                        reopened.ifPresent(s -> closeQuietly(s));
                        return;
                    }
                    retrying.set(false);
                    if (reopened.isPresent()) {
                        accounts.replaceSession(reopened.get());
                    } else {
                        detail.set("Still unreachable at " + TIME.format(clock.instant().atZone(clock.getZone()))
                                + ". " + offline.registry().offlineCopy().map(OfflineCopy::reason).orElse(""));
                    }
                },
                e -> {
                    if (shown == offline) {
                        retrying.set(false);
                        detail.set("The team registry answered but could not be opened: " + AccountsViewModel.describe(e));
                    }
                }));
    }

    private void closeQuietly(AccountSession s) {
        executor.submit(ctx -> {
            s.close();
            return null;
        }, TaskCallbacks.<Object, Void>of(x -> { }, e -> { }));
    }

    /** The banner's sentence; empty when the account is not shown from an offline copy. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Why the server could not be reached, or what the last retry found. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }
}
