package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
import io.adsdesk.registry.OfflineCopy;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TeamGateway;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The banner over a team registry's offline copy: its words, Retry, and its end when the server is back. */
class OfflineBannerModelTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Account ALICE = new Account("alice", "https://partner-api.yelp.com");

    private final TeamGateway gateway = new TeamGateway(new FakeGateway(5, 1));
    private final AccountsViewModel model = new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());
    private final OfflineBannerModel banner = model.offline();

    OfflineBannerModelTest() {
        banner.useClock(Clock.fixed(Instant.parse("2026-12-05T14:20:00Z"), UTC));
        UiSettings settings = new UiSettings();
        settings.teamRegistries.put(ALICE.key(), new UiSettings.TeamRegistry("jdbc:postgresql://db:5432/adsdesk", "adsdesk"));
        model.useSettings(settings, () -> { });
    }

    private void openWhileUnreachable() {
        gateway.reachable = false;
        model.reopen(ALICE, s -> { }, a -> { });
    }

    @Test
    void anOnlineAccountShowsNoBanner() {
        model.reopen(ALICE, s -> { }, a -> { });
        assertEquals("", banner.textProperty().get());
    }

    @Test
    void anUnreachableTeamRegistrySaysSinceWhenAndFromWhenTheCopyIs() {
        openWhileUnreachable();
        assertEquals("Team registry unreachable since 14:05 — showing the copy from 13:58; changes are disabled",
                banner.textProperty().get());
        assertEquals("Nothing answers at db:5432.", banner.detailProperty().get());
        assertTrue(model.getSession().registry().offlineCopy().isPresent(), "the account is open, from its copy");
    }

    @Test
    void aCopyFromAnotherDayShowsItsDate() {
        OfflineCopy copy = new OfflineCopy(Instant.parse("2026-12-05T08:00:00Z"), Instant.parse("2026-12-03T17:45:00Z"), "");
        assertEquals("Team registry unreachable since 08:00 — showing the copy from Dec 3, 17:45; changes are disabled",
                OfflineBannerModel.notice(copy, UTC, Instant.parse("2026-12-05T09:00:00Z")));
    }

    @Test
    void retryWhileStillUnreachableKeepsTheCopyAndSaysSo() {
        openWhileUnreachable();
        AccountSession offline = model.getSession();
        banner.retry();
        assertEquals(1, gateway.retries);
        assertEquals(offline, model.getSession());
        assertTrue(banner.detailProperty().get().startsWith("Still unreachable at 14:20."), banner.detailProperty().get());
        assertFalse(banner.retryingProperty().get());
    }

    @Test
    void whenTheServerIsBackRetryReopensTheAccountAndTheBannerGoes() {
        openWhileUnreachable();
        AccountSession offline = model.getSession();
        gateway.reachable = true;
        banner.retry();
        assertNotSame(offline, model.getSession());
        assertTrue(model.getSession().registry().offlineCopy().isEmpty());
        assertEquals("", banner.textProperty().get());
        assertEquals("", banner.detailProperty().get());
    }

    @Test
    void retryDoesNothingForAnOnlineAccount() {
        model.reopen(ALICE, s -> { }, a -> { });
        banner.retry();
        assertEquals(0, gateway.retries);
    }
}
