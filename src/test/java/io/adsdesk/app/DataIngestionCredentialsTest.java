package io.adsdesk.app;

import io.adsdesk.model.Account;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataIngestionCredentialsTest {
    private final Account account = new Account("reseller", "https://partner-api.yelp.com");

    @Test
    void storedBesideTheAccountPasswordWithoutTouchingIt() {
        SessionCredentialStore store = new SessionCredentialStore();
        store.save(account, "main-pw".toCharArray());
        DataIngestionCredentials di = new DataIngestionCredentials(store);

        di.save(account, "ingest-user", "ingest:pw".toCharArray());

        assertEquals("ingest-user", di.load(account).orElseThrow().username());
        assertEquals("ingest-user\ningest:pw", new String(store.load(
                new Account("reseller" + DataIngestionCredentials.KEY_SUFFIX, account.baseUrl())).orElseThrow()));
        assertEquals("main-pw", new String(store.load(account).orElseThrow()));
        di.forget(account);
        assertTrue(di.load(account).isEmpty());
        assertEquals("main-pw", new String(store.load(account).orElseThrow()));
    }

    @Test
    void bothAreRequired() {
        DataIngestionCredentials di = new DataIngestionCredentials(new SessionCredentialStore());
        assertThrows(IllegalArgumentException.class, () -> di.save(account, " ", "x".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> di.save(account, "u", new char[0]));
    }
}
