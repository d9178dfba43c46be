package io.adsdesk.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthTest {
    private static final String BODY_401 = "{\"error\":{\"code\":\"401_UNAUTHORIZED\",\"description\":"
            + "\"This server could not verify that you are authorized to access the document requested.\"}}";
    private static SandboxServer server;
    private static TestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(TestClient.config(50, 5).withCredentials("reseller", "s3cret"));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void missingOrBadCredentialsGet401WithTheDocumentedBodyAndNoChallenge() throws Exception {
        List<String> headers = List.of("", TestClient.basic("reseller", "wrong"), TestClient.basic("demo", "demo-password"),
                "Basic !!!notbase64", "Bearer abc");
        for (String path : List.of("/programs/v1", "/v1/programs/info/x", "/v1/business_info/x", "/nowhere")) {
            for (String header : headers) {
                var builder = client.request(path);
                if (!header.isEmpty()) {
                    builder.header("Authorization", header);
                }
                HttpResponse<String> response = client.send(builder.build());
                assertEquals(401, response.statusCode(), path + " " + header);
                assertEquals(BODY_401, response.body());
                assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty());
                assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            }
        }
    }

    @Test
    void rightCredentialsAreAccepted() throws Exception {
        var response = client.send(client.request("/programs/v1")
                .header("Authorization", TestClient.basic("reseller", "s3cret")).build());
        assertEquals(200, response.statusCode());
    }

    @Test
    void unknownRouteWithCredentialsIs404WithAnErrorBody() throws Exception {
        var response = client.send(client.request("/v2/nothing")
                .header("Authorization", TestClient.basic("reseller", "s3cret")).build());
        assertEquals(404, response.statusCode());
        assertEquals("NOT_FOUND", TestClient.parse(response.body()).at("/error/code").asText());
    }

    @Test
    void credentialsRevokedAfterNAcceptedRequestsGet401WithTheDocumentedBody() throws Exception {
        try {
            assertEquals(200, client.post("/_sandbox/knobs?revoke_credentials_after=2").statusCode());
            assertEquals(200, authorized("/programs/v1").statusCode());
            var refused = client.send(client.request("/programs/v1")
                    .header("Authorization", TestClient.basic("reseller", "wrong")).build());
            assertEquals(401, refused.statusCode(), "bad credentials are refused as ever");
            assertEquals(200, authorized("/v1/business_info/x").statusCode(), "and do not count as accepted");
            for (String path : List.of("/programs/v1", "/v1/programs/info/x", "/v1/business_info/x", "/programs/v1")) {
                HttpResponse<String> response = authorized(path);
                assertEquals(401, response.statusCode(), path);
                assertEquals(BODY_401, response.body());
                assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty());
            }
            assertEquals(2, TestClient.parse(client.send(client.request("/_sandbox/knobs").build()).body())
                    .get("revoke_credentials_after").asInt());
            server.knobs().revokeCredentialsAfter(-1);
            assertEquals(200, authorized("/programs/v1").statusCode(), "-1 gives the credentials back");
        } finally {
            server.knobs().reset();
        }
    }

    private static HttpResponse<String> authorized(String path) throws Exception {
        return client.send(client.request(path).header("Authorization", TestClient.basic("reseller", "s3cret")).build());
    }

    @Test
    void controlPlaneNeedsNoPartnerCredentials() throws Exception {
        assertEquals(200, client.send(client.request("/_sandbox/stats").build()).statusCode());
    }
}
