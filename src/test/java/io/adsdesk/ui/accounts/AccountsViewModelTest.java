package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
import io.adsdesk.sync.SyncFailure;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.sync.SyncReport;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.FakeGateway;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountsViewModelTest {
    private final FakeGateway gateway = new FakeGateway(10, 2);
    private final AccountsViewModel model = new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());

    @Test
    void connectNeedsUsernamePasswordAndAValidUrl() {
        assertFalse(model.canConnectProperty().get());
        model.usernameProperty().set("alice");
        model.passwordProperty().set("secret");
        assertTrue(model.canConnectProperty().get());
        model.baseUrlProperty().set("not a url");
        assertFalse(model.canConnectProperty().get());
    }

    @Test
    void connectingOpensTheAccountAndClearsThePasswordField() {
        model.usernameProperty().set("alice");
        model.passwordProperty().set("secret");
        List<AccountSession> opened = new ArrayList<>();
        model.connect(opened::add);
        assertEquals(1, opened.size());
        assertEquals("alice", model.getSession().account().username());
        assertEquals("", model.passwordProperty().get());
    }

    @Test
    void signOutForgetsTheStoredPassword() {
        model.rememberProperty().set(true);
        model.usernameProperty().set("alice");
        model.passwordProperty().set("secret");
        model.connect(s -> { });
        Account alice = model.getSession().account();
        assertTrue(gateway.stored.containsKey(alice));
        model.signOut();
        assertNull(model.getSession());
        assertFalse(gateway.stored.containsKey(alice));
        assertEquals(List.of(alice), gateway.forgotten);
    }

    @Test
    void reopeningAnAccountWithoutAStoredPasswordShowsItsCachedProgramsAndAsksForThePassword() {
        Account bob = new Account("bob", "https://partner-api.yelp.com");
        List<Account> asked = new ArrayList<>();
        model.reopen(bob, s -> { }, asked::add);
        assertEquals(List.of(bob), asked);
        assertEquals("bob", model.usernameProperty().get());
        assertEquals(bob, model.getSession().account());
        SyncReport sync = model.getSession().synchronizer().sync(SyncProgress.NONE, () -> false);
        assertEquals(SyncFailure.PASSWORD_NEEDED, sync.failure());
    }

    @Test
    void theDemoNeedsNoCredentials() {
        model.tryDemo(s -> { });
        assertTrue(model.getSession().demo());
        assertEquals("Demo account", model.getSession().title());
    }

    @Test
    void theConnectFormOffersRememberOnlyOnceTheStoreIsKnown() {
        assertFalse(model.canRememberProperty().get());
        assertEquals(AccountsViewModel.LOOKING_FOR_STORE, model.passwordStorageNoteProperty().get());

        model.checkPasswordStorage();

        assertTrue(model.canRememberProperty().get());
        assertTrue(model.rememberProperty().get(), "remembering is the default where it is possible");
        assertEquals("Test store.", model.passwordStorageNoteProperty().get());
    }

    @Test
    void reopeningWithAStoredPasswordKeepsItStored() {
        Account bob = new Account("bob", "https://partner-api.yelp.com");
        gateway.stored.put(bob, "bob-secret".toCharArray());
        model.reopen(bob, s -> { }, a -> { });
        assertEquals(bob, model.getSession().account());
        assertEquals("bob-secret", new String(gateway.stored.get(bob)));
    }
}
