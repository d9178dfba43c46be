package io.adsdesk.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract's two credential sets (§6.1): the account's own, and a Data Ingestion pair with feature access. */
class DataIngestionAuthTest {
    private SandboxServer server;
    private TestClient client;
    private String programId;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(TestClient.config(50, 5).withCredentials("reseller", "s3cret"));
        server.acceptDataIngestionCredentials("reseller-ingest", "ingest-s3cret");
        server.knobs().featuresNeedDataIngestion(true);
        client = new TestClient(server);
        programId = server.account().programs().stream().filter(p -> !p.availableFeatures().isEmpty()).findFirst().orElseThrow().id();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return client.send(client.request(path).header("Authorization", TestClient.basic(user, password)).build());
    }

    @Test
    void theAccountsOwnCredentialsGet400WithoutABodyOnFeatures() throws Exception {
        HttpResponse<String> response = get("/program/" + programId + "/features/v1", "reseller", "s3cret");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().isEmpty(), response.body());
    }

    @Test
    void theDataIngestionPairReadsFeaturesAndEverythingElse() throws Exception {
        HttpResponse<String> features = get("/program/" + programId + "/features/v1", "reseller-ingest", "ingest-s3cret");
        assertEquals(200, features.statusCode(), features.body());
        assertEquals(programId, TestClient.parse(features.body()).path("program_id").asText());

        assertEquals(200, get("/programs/v1", "reseller-ingest", "ingest-s3cret").statusCode());
    }

    @Test
    void aWrongDataIngestionPasswordIs401() throws Exception {
        assertEquals(401, get("/program/" + programId + "/features/v1", "reseller-ingest", "wrong").statusCode());
    }
}
