package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.FakeGateway;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain http:// to another computer needs "Allow insecure HTTP"; the choice reaches the account machinery. */
class InsecureHttpFormTest {
    private final List<Boolean> allowedOnConnect = new ArrayList<>();
    private final FakeGateway fake = new FakeGateway(3, 1);
    private final AccountGateway gateway = new AccountGateway() {
        @Override
        public String defaultBaseUrl() {
            return fake.defaultBaseUrl();
        }

        @Override
        public List<Account> knownAccounts() {
            return fake.knownAccounts();
        }

        @Override
        public java.util.Optional<char[]> storedPassword(Account account) {
            return fake.storedPassword(account);
        }

        @Override
        public AccountSession connect(Account account, char[] password, boolean remember) {
            throw new AssertionError("the form must say whether insecure HTTP was allowed");
        }

        @Override
        public AccountSession connect(Account account, char[] password, boolean remember, boolean allowInsecureHttp) {
            allowedOnConnect.add(allowInsecureHttp);
            return fake.connect(account, password, remember);
        }

        @Override
        public AccountSession openDemo() {
            return fake.openDemo();
        }

        @Override
        public AccountSession openCached(Account account) {
            return fake.openCached(account);
        }

        @Override
        public void forgetPassword(Account account) {
            fake.forgetPassword(account);
        }

        @Override
        public PasswordStorage passwordStorage() {
            return fake.passwordStorage();
        }
    };
    private final AccountsViewModel model = new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());

    private void fill(String url) {
        model.usernameProperty().set("alice");
        model.passwordProperty().set("secret");
        model.baseUrlProperty().set(url);
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedUntilAllowed() {
        fill("http://partner-api.example.com");

        assertFalse(model.canConnectProperty().get());
        assertTrue(model.problemProperty().get().contains("unencrypted"), model.problemProperty().get());
        assertTrue(model.problemProperty().get().contains("Allow insecure HTTP"), model.problemProperty().get());

        model.allowInsecureHttpProperty().set(true);
        assertTrue(model.canConnectProperty().get(), model.problemProperty().get());
        model.connect(s -> { });
        assertEquals(List.of(true), allowedOnConnect);
    }

    @Test
    void httpsAndThisComputerNeedNoPermission() {
        fill("http://127.0.0.1:8099");
        assertTrue(model.canConnectProperty().get(), model.problemProperty().get());
        model.connect(s -> { });
        fill("https://partner-api.yelp.com");
        assertTrue(model.canConnectProperty().get(), model.problemProperty().get());
        model.connect(s -> { });

        assertEquals(List.of(false, false), allowedOnConnect);
    }

    @Test
    void thePermissionIsNotCarriedToAnotherAccount() {
        model.allowInsecureHttpProperty().set(true);

        model.prepareForm(new Account("bob", "http://partner-api.example.com"));

        assertFalse(model.allowInsecureHttpProperty().get());
    }
}
