package io.adsdesk.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiSettingsTest {

    @Test
    void plainHttpToAnotherHostIsRefusedInPlainWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiSettings.defaults("http://partner-api.example.com"));

        assertEquals("http:// would send the password unencrypted to partner-api.example.com; use https://, "
                + "or allow insecure HTTP explicitly", e.getMessage());
        assertEquals(e.getMessage(), ApiSettings.insecureHttpProblem("http://partner-api.example.com/"));
    }

    @Test
    void plainHttpToAnotherHostIsAcceptedWhenExplicitlyAllowed() {
        ApiSettings s = ApiSettings.defaults("http://partner-api.example.com", true);

        assertTrue(s.allowInsecureHttp());
        assertEquals("partner-api.example.com", s.baseUrl().getHost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8099", "http://localhost:8099", "http://[::1]:8099", "http://127.1.2.3",
            "https://partner-api.yelp.com", "HTTPS://partner-api.example.com"})
    void httpsAndThisComputerNeedNoPermission(String url) {
        if (url.startsWith("HTTPS")) {
            assertNull(ApiSettings.insecureHttpProblem(url));
            return;
        }
        assertDoesNotThrow(() -> ApiSettings.defaults(url));
        assertNull(ApiSettings.insecureHttpProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1.example.com", "http://localhost.example.com", "http://10.0.0.1",
            "http://[::2]"})
    void namesThatOnlyLookLikeThisComputerAreRefused(String url) {
        assertThrows(IllegalArgumentException.class, () -> ApiSettings.defaults(url));
    }

    @Test
    void theResponseCapIsAFewMegabytesByDefault() {
        assertEquals(4L * 1024 * 1024, ApiSettings.defaults(ApiSettings.PRODUCTION_URL).maxResponseBytes());
    }
}
