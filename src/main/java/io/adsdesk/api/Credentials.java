package io.adsdesk.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Partner-API Basic-auth credentials. The password is held as a char array and never printed:
 * {@link #toString()} masks it.
 */
public final class Credentials {
    private final String username;
    private final char[] password;

    public Credentials(String username, char[] password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is empty");
        }
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("password is empty");
        }
        this.username = username;
        this.password = password.clone();
    }

    public String username() {
        return username;
    }

    /** The value of the Authorization header. */
    String basicAuthorization() {
        CharBuffer chars = CharBuffer.allocate(username.length() + 1 + password.length);
        chars.put(username).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        String header = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(raw, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return header;
    }

    @Override
    public String toString() {
        return "Credentials[" + username + ", password=****]";
    }
}
