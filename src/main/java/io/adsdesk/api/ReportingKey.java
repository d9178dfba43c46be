package io.adsdesk.api;

import java.util.Arrays;

/**
 * The account's Yelp Fusion API key for the Reporting API, sent as a Bearer token. Held as a char
 * array and never printed: {@link #toString()} masks it.
 */
public final class ReportingKey {
    private final char[] key;

    public ReportingKey(char[] key) {
        if (key == null || new String(key).isBlank()) {
            throw new IllegalArgumentException("the report key is empty");
        }
        this.key = new String(key).strip().toCharArray();
    }

    /** The value of the Authorization header. */
    String bearerAuthorization() {
        return "Bearer " + new String(key);
    }

    /** A copy of the key, e.g. to store it in the OS credential store; clear it after use. */
    public char[] value() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingKey other && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "ReportingKey[****]";
    }
}
