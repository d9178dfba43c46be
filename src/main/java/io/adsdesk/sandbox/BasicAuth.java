package io.adsdesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks an Authorization header against the sandbox account's credential pairs: the account's own
 * ("ads") pair and, once set, a second "data-ingestion" pair that is valid everywhere the first is and
 * also has feature access (the contract §6.1).
 */
final class BasicAuth {
    static final String UNAUTHORIZED_DESCRIPTION =
            "This server could not verify that you are authorized to access the document requested.";

    /** Which pair a request used. */
    enum Scope { NONE, ADS, DATA_INGESTION }

    private final byte[] expected;
    private volatile byte[] dataIngestion;

    BasicAuth(String username, String password) {
        this.expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    /** Accepts this second pair too, with feature access. */
    void dataIngestion(String username, String password) {
        this.dataIngestion = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(String authorization) {
        return scope(authorization) != Scope.NONE;
    }

    Scope scope(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Scope.NONE;
        }
        try {
            byte[] given = Base64.getDecoder().decode(authorization.substring(6).trim());
            byte[] second = dataIngestion;
            if (second != null && MessageDigest.isEqual(given, second)) {
                return Scope.DATA_INGESTION;
            }
            return MessageDigest.isEqual(given, expected) ? Scope.ADS : Scope.NONE;
        } catch (IllegalArgumentException e) {
            return Scope.NONE;
        }
    }

    /** 401 with the body Yelp sends, and deliberately no WWW-Authenticate header. */
    static Reply unauthorized() {
        return Reply.error(401, "401_UNAUTHORIZED", UNAUTHORIZED_DESCRIPTION);
    }
}
