package io.adsdesk.sync;

import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ProgramRegistry;

import java.util.concurrent.atomic.AtomicInteger;

/** Every synchronizer case again, over the H2 registry and its streaming write transaction. */
class HibernateRegistrySynchronizerTest extends RegistrySynchronizerTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    ProgramRegistry newRegistry() {
        return HibernateProgramRegistry.inMemory("sync-" + DATABASES.incrementAndGet());
    }
}
