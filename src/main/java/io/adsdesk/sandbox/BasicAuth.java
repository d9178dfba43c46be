package io.adsdesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Checks an Authorization header against the one credential pair of the sandbox account. */
final class BasicAuth {
    static final String UNAUTHORIZED_DESCRIPTION =
            "This server could not verify that you are authorized to access the document requested.";

    private final byte[] expected;

    BasicAuth(String username, String password) {
        this.expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            byte[] given = Base64.getDecoder().decode(authorization.substring(6).trim());
            return MessageDigest.isEqual(given, expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** 401 with the body Yelp sends, and deliberately no WWW-Authenticate header. */
    static Reply unauthorized() {
        return Reply.error(401, "401_UNAUTHORIZED", UNAUTHORIZED_DESCRIPTION);
    }
}
