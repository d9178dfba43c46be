package io.adsdesk.app;

import io.adsdesk.actions.FeatureService;
import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.features.BulkFeatureChange;
import io.adsdesk.ui.features.FeatureCallException;
import io.adsdesk.ui.features.FeatureCopy;
import io.adsdesk.ui.features.FeatureGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The features screens' gateway over the real feature service, against the sandbox. */
class FeatureServiceGatewaySandboxTest {
    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private HibernateProgramRegistry registry;
    private Threads threads;
    private FeatureServiceGateway gateway;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(60).withBusinesses(5).withSeed(3));
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        threads = new Threads("test");
        PartnerApiClient client = new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()), credentials());
        gateway = new FeatureServiceGateway(new FeatureService(client, registry, SandboxConfig.DEFAULT_USERNAME, Clock.systemUTC()),
                threads.fixedPool("features", 8),
                c -> new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()), credentials(), c));
    }

    private static Credentials credentials() {
        return new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray());
    }

    @AfterEach
    void stop() {
        threads.close();
        registry.close();
        sandbox.close();
    }

    private SandboxProgram cpcWith(String type) {
        return sandbox.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.availableFeatures().contains(type)).findFirst().orElseThrow();
    }

    @Test
    void readSaveAndTurnOffGoThroughTheServiceAndKeepACopy() throws Exception {
        String id = cpcWith("CUSTOM_RADIUS_TARGETING").id();
        assertEquals(null, gateway.cached(id));
        FeatureCopy read = gateway.read(id);
        assertTrue(read.features().containsKey("CUSTOM_RADIUS_TARGETING"));
        assertNotNull(gateway.cached(id), "the copy is kept for offline");

        Map<String, Object> radius = new LinkedHashMap<>();
        radius.put("custom_radius", 15.0);
        FeatureCopy after = gateway.save(id, "CUSTOM_RADIUS_TARGETING", radius);
        Map<String, Object> value = after.features().get("CUSTOM_RADIUS_TARGETING");
        assertTrue(gateway.isActive("CUSTOM_RADIUS_TARGETING", value));
        assertTrue(gateway.summary("CUSTOM_RADIUS_TARGETING", value).contains("15"), gateway.summary("CUSTOM_RADIUS_TARGETING", value));

        FeatureCopy off = gateway.remove(id, "CUSTOM_RADIUS_TARGETING");
        assertFalse(gateway.isActive("CUSTOM_RADIUS_TARGETING", off.features().get("CUSTOM_RADIUS_TARGETING")));
    }

    @Test
    void theEditorsSaveGoesThroughTheServicesConflictCheck() throws Exception {
        String id = cpcWith("CUSTOM_RADIUS_TARGETING").id();
        FeatureCopy opened = gateway.read(id);
        Map<String, Object> asOpened = opened.features().get("CUSTOM_RADIUS_TARGETING");
        new FeatureServiceGateway(new FeatureService(new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()), credentials()),
                registry, "someone else", Clock.systemUTC()), null, c -> null)
                .save(id, "CUSTOM_RADIUS_TARGETING", Map.of("custom_radius", 30)); // another user, at Yelp
        long before = sandbox.stats().routeCount("features");

        FeatureGateway.SaveAnswer conflict = gateway.save(id, "CUSTOM_RADIUS_TARGETING", asOpened, Map.of("custom_radius", 15), false);

        assertFalse(conflict.saved());
        assertEquals("Radius 30 mi (48 km)", gateway.summary("CUSTOM_RADIUS_TARGETING",
                conflict.copy().features().get("CUSTOM_RADIUS_TARGETING")), "Yelp's value comes back to show");
        assertEquals(before + 1, sandbox.stats().routeCount("features"), "only the re-read went out");

        FeatureGateway.SaveAnswer kept = gateway.save(id, "CUSTOM_RADIUS_TARGETING", asOpened, Map.of("custom_radius", 15), true);
        assertTrue(kept.saved());
        assertEquals("Radius 15 mi (24 km)", gateway.summary("CUSTOM_RADIUS_TARGETING",
                gateway.read(id).features().get("CUSTOM_RADIUS_TARGETING")));
    }

    @Test
    void aFeatureUnchangedAtYelpIsNeverTakenForAConflict() throws Exception {
        for (SandboxProgram p : sandbox.account().programs().stream().filter(x -> x.availableFeatures().size() > 3).limit(3).toList()) {
            FeatureCopy opened = gateway.read(p.id());
            for (Map.Entry<String, Map<String, Object>> e : opened.features().entrySet()) {
                if (!gateway.validate(e.getKey(), e.getValue()).isEmpty()) {
                    continue; // a value Yelp holds that may not be sent back as it is
                }
                FeatureGateway.SaveAnswer answer = gateway.save(p.id(), e.getKey(), e.getValue(), e.getValue(), false);
                assertTrue(answer.saved(), p.id() + " " + e.getKey() + " " + e.getValue());
            }
        }
    }

    @Test
    void withoutFeatureAccessTheFailureSaysSo() {
        sandbox.knobs().featuresNeedDataIngestion(true);
        FeatureCallException e = assertThrows(FeatureCallException.class, () -> gateway.read(cpcWith("AD_GOAL").id()));
        assertEquals(FeatureCallException.Kind.NO_FEATURE_ACCESS, e.kind());
    }

    @Test
    void keywordsAreBlockedOnManyPrograms() throws Exception {
        List<String> ids = sandbox.account().programs().stream()
                .filter(p -> p.availableFeatures().contains("NEGATIVE_KEYWORD_TARGETING")).limit(5).map(SandboxProgram::id).toList();
        List<FeatureGateway.BulkOutcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        gateway.bulk(ids, new BulkFeatureChange.BlockKeywords(List.of("free")), outcomes::add, () -> false);
        assertEquals(new java.util.HashSet<>(ids), new java.util.HashSet<>(outcomes.stream().map(FeatureGateway.BulkOutcome::programId).toList()));
        assertEquals(ids.size(), outcomes.size(), "one outcome per program");
        assertTrue(outcomes.stream().allMatch(FeatureGateway.BulkOutcome::ok), outcomes.toString());
        Map<String, Object> k = gateway.read(ids.getFirst()).features().get("NEGATIVE_KEYWORD_TARGETING");
        assertTrue(((List<?>) k.get("blocked_keywords")).contains("free"));
    }

    @Test
    void aPortfolioProjectIsCreatedWithAPhoto() throws Exception {
        String id = sandbox.account().programs().stream().filter(x -> x.availableFeatures().contains("YELP_PORTFOLIO"))
                .findFirst().orElseThrow().id();
        gateway.read(id);
        String project = gateway.createProject(id);
        Map<String, Object> draft = gateway.project(id, project);
        assertNull(draft.get("completion_year"), "a new draft has no completion date yet: " + draft);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("service_offerings", List.of("Cabinets"));
        p.put("published", false);
        p.put("name", "Kitchen remodel");
        p.put("description", "New cabinets.");
        p.put("completion_month", 9);
        p.put("completion_year", 2025);
        gateway.saveProject(id, project, p);
        assertEquals("Kitchen remodel", gateway.project(id, project).get("name"));

        Map<String, Object> photo = new LinkedHashMap<>();
        photo.put("photo_url", "https://example.com/kitchen.jpg");
        photo.put("biz_photo_id", null);
        photo.put("caption", "Finished");
        photo.put("is_before_photo", false);
        assertEquals(List.of(), gateway.validatePhoto(photo));
        gateway.addPhoto(id, project, photo);
        assertEquals(List.of("Finished"), gateway.photos(id, project).stream().map(x -> x.get("caption")).toList());
        assertTrue(gateway.read(id).features().get("YELP_PORTFOLIO").toString().contains(project), "the feature lists it");
    }
}
