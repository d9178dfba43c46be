package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening an account whose base URL is plain http:// to another computer. */
class InsecureHttpBackendTest {
    private static final Account PLAIN = new Account("alice", "http://partner-api.example.com");

    @TempDir
    Path dataRoot;

    @Test
    void withThePasswordItIsRefusedUnlessAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LocalBackend().open(dataRoot, PLAIN, "pw".toCharArray()));

        assertTrue(e.getMessage().contains("unencrypted"), e.getMessage());
    }

    @Test
    void allowedItOpens() throws Exception {
        try (AccountSession session = new LocalBackend().open(dataRoot, PLAIN, "pw".toCharArray(), true)) {
            assertEquals(PLAIN, session.account());
        }
    }

    @Test
    void itsCachedProgramsOpenWithoutPermissionSinceNoPasswordIsSent() throws Exception {
        try (AccountSession session = new LocalBackend().open(dataRoot, PLAIN, null)) {
            assertEquals(PLAIN, session.account());
        }
    }
}
