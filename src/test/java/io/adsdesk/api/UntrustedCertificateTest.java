package io.adsdesk.api;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server with a self-signed certificate: refused at once, in plain words, never retried. */
class UntrustedCertificateTest {
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;
    private HttpsServer server;
    private final AtomicInteger answered = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        Path store = dir.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(STORE_PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, STORE_PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            answered.incrementAndGet();
            byte[] body = "{\"total\":0,\"payment_programs\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSelfSignedCertificateIsRefusedInPlainWordsAndNotRetried() {
        ApiSettings settings = ApiSettings.defaults("https://127.0.0.1:" + server.getAddress().getPort())
                .withRetries(4, Duration.ofMillis(5), Duration.ofMillis(20));
        PartnerApiClient client = new PartnerApiClient(settings, new Credentials("demo", "secret".toCharArray()));

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNTRUSTED_SERVER, e.kind());
        assertEquals(1, client.requestCount(), "another attempt cannot make the certificate trusted");
        assertEquals(0, answered.get(), "nothing, so no password, reached the server");
        assertTrue(e.getMessage().contains("certificate"), e.getMessage());
        assertFalse(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("retry"), e.getMessage());
    }

    @Test
    void aWriteToAnUntrustedServerSaysNothingWasSent() {
        ApiSettings settings = ApiSettings.defaults("https://localhost:" + server.getAddress().getPort());
        PartnerApiClient client = new PartnerApiClient(settings, new Credentials("demo", "secret".toCharArray()));

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.endProgram("p1"));

        assertEquals(PartnerApiException.Kind.UNTRUSTED_SERVER, e.kind());
        assertTrue(e.getMessage().contains("sent nothing"), e.getMessage());
        assertEquals(0, answered.get());
    }
}
