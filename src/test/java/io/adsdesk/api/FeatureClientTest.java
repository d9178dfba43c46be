package io.adsdesk.api;

import io.adsdesk.model.feature.AdGoal;
import io.adsdesk.model.feature.CustomRadius;
import io.adsdesk.model.feature.NegativeKeywords;
import io.adsdesk.model.feature.NewPortfolioPhoto;
import io.adsdesk.model.feature.PortfolioPhoto;
import io.adsdesk.model.feature.PortfolioProject;
import io.adsdesk.model.feature.ProgramFeatures;
import io.adsdesk.model.feature.StrictCategoryTargeting;
import io.adsdesk.model.feature.UnknownFeature;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureClientTest {
    private SandboxServer sandbox;
    private PartnerApiClient client;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(60).withBusinesses(5).withSeed(3));
        ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl()).withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));
        client = new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxProgram cpcWith(String type) {
        return sandbox.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.availableFeatures().contains(type)).findFirst().orElseThrow();
    }

    @Test
    void getReadsEveryAvailableTypeAndKeepsUnknownOnesAsJson() throws Exception {
        SandboxProgram p = cpcWith("SERVICE_OFFERINGS_TARGETING");

        ProgramFeatures f = client.features(p.id());

        assertEquals(p.id(), f.programId());
        assertEquals("CPC", f.programType());
        assertEquals(p.availableFeatures().size(), f.features().size());
        assertInstanceOf(CustomRadius.class, f.get("CUSTOM_RADIUS_TARGETING").orElseThrow());
        UnknownFeature unknown = assertInstanceOf(UnknownFeature.class, f.get("SERVICE_OFFERINGS_TARGETING").orElseThrow());
        assertTrue(unknown.json().contains("disabled_service_offerings"));
        assertTrue(f.readAt() != null);
    }

    @Test
    void postMergesAndTheProgramListFollows() throws Exception {
        SandboxProgram p = cpcWith("CUSTOM_RADIUS_TARGETING");

        ProgramFeatures after = client.saveFeatures(p.id(), List.of(new CustomRadius(new BigDecimal("15"))));

        assertEquals("Radius 15 mi (24 km)", after.get("CUSTOM_RADIUS_TARGETING").orElseThrow().summary());
        assertTrue(sandbox.account().program(p.id()).orElseThrow().activeFeatures().contains("CUSTOM_RADIUS_TARGETING"));
        assertEquals(after.features(), client.features(p.id()).features(), "a read after the save gives the same values");
    }

    @Test
    void keywordsAreSentAndReadBackLowerCased() throws Exception {
        SandboxProgram p = cpcWith("NEGATIVE_KEYWORD_TARGETING");

        ProgramFeatures after = client.saveFeatures(p.id(), List.of(new NegativeKeywords(List.of(), List.of("HVAC Jobs", "hvac jobs", "Free"))));

        NegativeKeywords k = (NegativeKeywords) after.get("NEGATIVE_KEYWORD_TARGETING").orElseThrow();
        assertEquals(List.of("hvac jobs", "free"), k.blockedKeywords());
        assertFalse(k.suggestedKeywords().isEmpty(), "suggestions are kept");
    }

    @Test
    void yelpRefusesValuesBeyondItsLimits() {
        SandboxProgram p = cpcWith("CUSTOM_RADIUS_TARGETING");

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client.saveFeatures(p.id(), List.of(new CustomRadius(new BigDecimal("61")))));

        assertEquals(PartnerApiException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("between 1 and 60"), e.getMessage());
    }

    @Test
    void anUnsupportedTypeIsA400() {
        SandboxProgram p = sandbox.account().programs().stream()
                .filter(x -> x.type().equals("CPC") && !x.availableFeatures().contains("AD_GOAL")).findFirst().orElseThrow();

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client.saveFeatures(p.id(), List.of(new AdGoal(AdGoal.Goal.CALLS))));

        assertEquals(PartnerApiException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("not supported"), e.getMessage());
    }

    @Test
    void deleteResetsTypesToOff() throws Exception {
        SandboxProgram p = cpcWith("STRICT_CATEGORY_TARGETING");
        client.saveFeatures(p.id(), List.of(new StrictCategoryTargeting(true)));

        ProgramFeatures after = client.removeFeatures(p.id(), List.of("STRICT_CATEGORY_TARGETING"));

        assertEquals(new StrictCategoryTargeting(false), after.get("STRICT_CATEGORY_TARGETING").orElseThrow());
        assertFalse(sandbox.account().program(p.id()).orElseThrow().activeFeatures().contains("STRICT_CATEGORY_TARGETING"));
    }

    @Test
    void anUnknownProgramIsNotFound() {
        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.features("AAAAAAAAAAAAAAAAAAAAAA"));

        assertEquals(PartnerApiException.Kind.NOT_FOUND, e.kind());
    }

    @Test
    void a400WithoutCodeOnAFeatureReadMeansDataIngestionCredentials() {
        sandbox.knobs().featuresNeedDataIngestion(true);

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.features(cpcWith("AD_GOAL").id()));

        assertTrue(e.needsFeatureCredentials());
        assertEquals("These credentials can't read features; add Data Ingestion credentials", e.getMessage());
    }

    @Test
    void serverErrorsAreRetriedThenReportedAsUnavailable() {
        sandbox.knobs().error500Rate(1.0);
        int before = client.requestCount();

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.features(cpcWith("AD_GOAL").id()));

        assertEquals(PartnerApiException.Kind.UNAVAILABLE, e.kind());
        assertEquals(3, client.requestCount() - before, "three attempts");
    }

    @Test
    void wrongPasswordIsRefused() {
        ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl());
        PartnerApiClient bad = new PartnerApiClient(settings, new Credentials("demo", "nope".toCharArray()));

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> bad.features(cpcWith("AD_GOAL").id()));

        assertEquals(PartnerApiException.Kind.CREDENTIALS_REFUSED, e.kind());
    }

    @Test
    void portfolioProjectsAndPhotosRoundTrip() throws Exception {
        String pid = sandbox.account().programs().getFirst().id();

        String project = client.createPortfolioProject(pid);
        PortfolioProject edited = new PortfolioProject("Kitchen remodel", "New cabinets and counters", "GET_QUOTE",
                List.of("Cabinets", "Counters"), "5000_PLUS", "1_3_MONTHS", 2025, 6, true);
        client.savePortfolioProject(pid, project, edited);
        String photo = client.addPortfolioPhoto(pid, project, new NewPortfolioPhoto("https://example.com/a.jpg", null, "Before", true));

        assertEquals(edited, client.portfolioProject(pid, project));
        List<PortfolioPhoto> photos = client.portfolioPhotos(pid, project);
        assertEquals(1, photos.size());
        assertEquals(photo, photos.getFirst().photoId());
        assertTrue(photos.getFirst().beforePhoto());

        client.deletePortfolioPhoto(pid, project, photo);
        assertTrue(client.portfolioPhotos(pid, project).isEmpty());
        client.deletePortfolioProject(pid, project);
        PartnerApiException gone = assertThrows(PartnerApiException.class, () -> client.portfolioProject(pid, project));
        assertEquals(PartnerApiException.Kind.NOT_FOUND, gone.kind());
    }

    @Test
    void yelpRefusesAProjectWithTooManyOfferings() throws Exception {
        String pid = sandbox.account().programs().getFirst().id();
        String project = client.createPortfolioProject(pid);

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.savePortfolioProject(pid, project,
                new PortfolioProject("A", "B", null, List.of("1", "2", "3", "4", "5"), null, null, null, null, false)));

        assertEquals(PartnerApiException.Kind.BAD_REQUEST, e.kind());
    }
}
