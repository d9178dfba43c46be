package io.adsdesk.sync;

import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.testing.RegistryEngine;

/** Every synchronizer case again, over a team registry on PostgreSQL (skipped when no server is configured). */
class PostgresRegistrySynchronizerTest extends RegistrySynchronizerTest {
    @org.junit.jupiter.api.BeforeAll
    static void needsAServer() {
        RegistryEngine.server(); // skips the whole class, with its reason, when none is configured
    }

    @Override
    ProgramRegistry newRegistry() {
        return RegistryEngine.POSTGRESQL.open("sync");
    }
}
