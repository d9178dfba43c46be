package io.adsdesk.sync;

import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.testing.RegistryEngine;

/** Every synchronizer case again, over a team registry on PostgreSQL (skipped when no server is configured). */
class PostgresRegistrySynchronizerTest extends RegistrySynchronizerTest {
    @Override
    ProgramRegistry newRegistry() {
        return RegistryEngine.POSTGRESQL.open("sync");
    }
}
