package io.adsdesk.app;

import io.adsdesk.model.Account;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database password in the credential store: only ever handed back for the URL and user it was given for. */
class TeamRegistryPasswordsTest {
    private static final Account ALICE = new Account("alice", "https://partner-api.yelp.com");
    private static final String URL = "jdbc:postgresql://db.example.com:5432/adsdesk";

    private final SessionCredentialStore store = new SessionCredentialStore();
    private final TeamRegistryPasswords passwords = new TeamRegistryPasswords(store);

    @Test
    void theSameUrlAndUserGetItBack() {
        passwords.save(ALICE, URL, "adsdesk", "db-pw".toCharArray());
        assertEquals("db-pw", new String(passwords.load(ALICE, URL, "adsdesk").orElseThrow()));
    }

    @Test
    void anotherServerOrUserNeverReceivesIt() {
        passwords.save(ALICE, URL, "adsdesk", "db-pw".toCharArray());
        assertTrue(passwords.load(ALICE, "jdbc:postgresql://evil.example.com:5432/adsdesk", "adsdesk").isEmpty());
        assertTrue(passwords.load(ALICE, URL, "postgres").isEmpty());
        assertTrue(passwords.load(new Account("bob", ALICE.baseUrl()), URL, "adsdesk").isEmpty());
    }

    @Test
    void itIsKeptApartFromThePartnerPasswordAndForgottenOnItsOwn() {
        store.save(ALICE, "partner-pw".toCharArray());
        passwords.save(ALICE, URL, "adsdesk", "db-pw".toCharArray());
        assertEquals("partner-pw", new String(store.load(ALICE).orElseThrow()));
        passwords.forget(ALICE);
        assertTrue(passwords.load(ALICE, URL, "adsdesk").isEmpty());
        assertEquals("partner-pw", new String(store.load(ALICE).orElseThrow()));
    }

    @Test
    void signOutForgetsTheDatabasePasswordToo() throws Exception {
        passwords.save(ALICE, URL, "adsdesk", "db-pw".toCharArray());
        new LocalAccountGateway(java.nio.file.Path.of("unused"), new NoBackend(),
                java.util.concurrent.CompletableFuture.completedFuture(store)).forgetPassword(ALICE);
        assertTrue(passwords.load(ALICE, URL, "adsdesk").isEmpty());
    }
}
