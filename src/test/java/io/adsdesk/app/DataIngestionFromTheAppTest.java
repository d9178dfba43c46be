package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.features.CredentialsViewModel;
import io.adsdesk.ui.features.FeatureItem;
import io.adsdesk.ui.features.FeaturesState;
import io.adsdesk.ui.features.FeaturesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Data Ingestion credentials dialog's path through the app's real wiring (account gateway, local
 * backend, feature service) against a sandbox whose feature routes refuse the account's own
 * credentials: the dialog keeps them in the credential store, the open session uses them at once, and
 * the next session finds them there.
 */
class DataIngestionFromTheAppTest {
    private static final String USER = "dora";
    private static final String PASSWORD = "ads-password";
    private static final String INGEST_USER = "dora-ingest";
    private static final String INGEST_PASSWORD = "ingest-password";

    @TempDir
    Path dataRoot;

    private SandboxServer sandbox;
    private Account account;
    private final SessionCredentialStore keyring = new SessionCredentialStore();
    private LocalAccountGateway gateway;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(40).withBusinesses(4).withSeed(5)
                .withCredentials(USER, PASSWORD));
        sandbox.acceptDataIngestionCredentials(INGEST_USER, INGEST_PASSWORD);
        sandbox.knobs().featuresNeedDataIngestion(true);
        account = new Account(USER, sandbox.baseUrl());
        gateway = new LocalAccountGateway(dataRoot, new LocalBackend(), CompletableFuture.completedFuture(keyring));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxProgram programWith(String type) {
        return sandbox.account().programs().stream().filter(p -> p.availableFeatures().contains(type)).findFirst().orElseThrow();
    }

    private static FeatureItem item(FeaturesViewModel model, String type) {
        return model.items().stream().filter(i -> i.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void credentialsSavedInTheDialogAreKeptAndTheRefusedChangeThenSucceedsWithoutReopening() throws Exception {
        SandboxProgram program = programWith("STRICT_CATEGORY_TARGETING");
        try (AccountSession session = gateway.connect(account, PASSWORD.toCharArray(), true)) {
            FeaturesViewModel features = new FeaturesViewModel(new CurrentThreadTaskExecutor(), Clock.systemUTC());
            features.setGateway(session.features());
            features.show(program.id(), program.availableFeatures());
            assertEquals(FeaturesState.NO_ACCESS, features.stateProperty().get(), features.messageProperty().get());

            features.turnOff("STRICT_CATEGORY_TARGETING");
            assertTrue(features.messageProperty().get().contains("Data Ingestion credentials"), features.messageProperty().get());

            CredentialsViewModel dialog = new CredentialsViewModel(features);
            dialog.save(INGEST_USER, INGEST_PASSWORD.toCharArray());

            assertEquals("", dialog.errorProperty().get());
            assertTrue(dialog.savedProperty().get());
            assertEquals(FeaturesState.READY, features.stateProperty().get(), features.messageProperty().get());
            assertTrue(new DataIngestionCredentials(keyring).load(account).isPresent(), "kept in the credential store");

            features.turnOff("STRICT_CATEGORY_TARGETING");
            assertEquals("Strict category targeting is off.", features.messageProperty().get());
            assertFalse(item(features, "STRICT_CATEGORY_TARGETING").active());
        }

        try (AccountSession next = gateway.connect(account, PASSWORD.toCharArray(), true)) {
            FeaturesViewModel features = new FeaturesViewModel(new CurrentThreadTaskExecutor(), Clock.systemUTC());
            features.setGateway(next.features());
            SandboxProgram other = sandbox.account().programs().stream()
                    .filter(p -> !p.availableFeatures().isEmpty() && !p.id().equals(program.id())).findFirst().orElseThrow();
            features.show(other.id(), other.availableFeatures());
            assertEquals(FeaturesState.READY, features.stateProperty().get(), "the next session reads with the kept credentials");
        }
    }

    @Test
    void wrongCredentialsAreKeptButTheFeaturesStillSaySoInPlainWords() throws Exception {
        SandboxProgram program = programWith("AD_GOAL");
        try (AccountSession session = gateway.connect(account, PASSWORD.toCharArray(), true)) {
            FeaturesViewModel features = new FeaturesViewModel(new CurrentThreadTaskExecutor(), Clock.systemUTC());
            features.setGateway(session.features());
            features.show(program.id(), program.availableFeatures());

            new CredentialsViewModel(features).save(INGEST_USER, "not-it".toCharArray());

            assertEquals(FeaturesState.FAILED, features.stateProperty().get());
            assertTrue(features.messageProperty().get().contains("username or password"), features.messageProperty().get());
        }
    }
}
