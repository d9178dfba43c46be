package io.adsdesk.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureStoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsOneCopyPerProgramWithItsTimeAcrossARestart() {
        Instant first = Instant.parse("2026-12-05T10:00:00Z");
        Instant later = Instant.parse("2026-12-05T11:30:00Z");
        try (HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir.resolve("registry"))) {
            FeatureStore store = registry.featureStore();
            store.put(List.of(new StoredFeatures("p1", "{\"a\":1}", first), new StoredFeatures("p2", "{\"b\":2}", first)));
            store.put(new StoredFeatures("p1", "{\"a\":" + "9".repeat(20_000) + "}", later));
        }
        try (HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir.resolve("registry"))) {
            FeatureStore store = registry.featureStore();
            StoredFeatures p1 = store.get("p1").orElseThrow();
            assertEquals(later, p1.readAt());
            assertEquals(20_006, p1.json().length(), "long JSON text is kept whole");
            assertEquals(new StoredFeatures("p2", "{\"b\":2}", first), store.get("p2").orElseThrow());
            assertTrue(store.get("p3").isEmpty());
            assertEquals(2, store.count());
        }
    }
}
