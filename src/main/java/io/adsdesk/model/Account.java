package io.adsdesk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** A partner-API account: who and where. Never holds the password. */
public record Account(String username, String baseUrl) {

    public Account {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is empty");
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("base URL is empty");
        }
        baseUrl = stripTrailingSlash(baseUrl.trim());
    }

    /** A stable, file-name-safe key: each account gets its own registry directory under this name. */
    public String key() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((username + "\n" + baseUrl.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stripTrailingSlash(String url) {
        String s = url;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
