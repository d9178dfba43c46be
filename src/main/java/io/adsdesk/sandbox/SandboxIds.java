package io.adsdesk.sandbox;

import java.util.Base64;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Yelp-style opaque IDs: 16 random bytes as URL-safe base64 without padding, so 22 characters
 * from {@code A-Z a-z 0-9 - _}. About one in 32 starts with {@code -} or {@code _}, as real ones do.
 * Not thread-safe: callers hold the account's lock.
 */
final class SandboxIds {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    SandboxIds(Random random) {
        this.random = random;
    }

    String next() {
        byte[] bytes = new byte[16];
        while (true) {
            random.nextBytes(bytes);
            String id = ENCODER.encodeToString(bytes);
            if (issued.add(id)) {
                return id;
            }
        }
    }
}
