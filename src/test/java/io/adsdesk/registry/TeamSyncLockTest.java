package io.adsdesk.registry;

import io.adsdesk.model.Account;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One sync per account on a team registry, whichever machine runs it. */
class TeamSyncLockTest {

    @Test
    void aSecondSyncOfTheSameAccountIsRefusedNamingWhoAndSinceWhen() {
        TeamServer server = RegistryEngine.server();
        Account account = RegistryEngine.freshAccount("lock");
        Account other = RegistryEngine.freshAccount("lock-other");
        try (var desk1 = TeamRegistries.open(server, account, null, null);
             var desk2 = TeamRegistries.open(server, account, null, null);
             var otherAccount = TeamRegistries.open(server, other, null, null)) {
            try (SyncWriter first = desk1.openSyncWriter()) {
                first.insert(List.of(HibernateProgramRegistryTest.plain("p1")));

                RegistryException refused = assertThrows(RegistryBusyException.class, desk2::openSyncWriter);
                assertTrue(refused.getMessage().startsWith("Another sync of this account is running on the team registry: "
                        + Makers.current() + " since "), refused.getMessage());

                try (SyncWriter unrelated = otherAccount.openSyncWriter()) {
                    unrelated.commit(HibernateProgramRegistryTest.run(SyncOutcome.UP_TO_DATE, 0));
                }
                assertEquals(0, desk2.countPrograms(), "readers see the registry before the sync, never half of it");
                first.commit(HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 1));
            }
            assertEquals(1, desk2.countPrograms());
            try (SyncWriter second = desk2.openSyncWriter()) {
                second.insert(List.of(HibernateProgramRegistryTest.plain("p2")));
                // closed without committing: the lock goes with the transaction
            }
            try (SyncWriter third = desk1.openSyncWriter()) {
                third.commit(HibernateProgramRegistryTest.run(SyncOutcome.UP_TO_DATE, 0));
            }
            assertEquals(1, desk1.countPrograms());
            assertEquals(0, otherAccount.countPrograms(), "accounts are separate");
        }
    }
}
