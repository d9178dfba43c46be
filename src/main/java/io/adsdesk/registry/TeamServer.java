package io.adsdesk.registry;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a team registry lives: a PostgreSQL JDBC URL ({@code jdbc:postgresql://HOST:PORT/DB}, with
 * {@code ?sslmode=verify-full} for a server across a network), the database user and its password.
 * The password never appears in {@link #toString()} nor in {@link #shownUrl()}.
 */
public record TeamServer(String url, String user, String password) {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    public TeamServer {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("a team registry URL starts with jdbc:postgresql://HOST:PORT/DATABASE");
        }
    }

    /** The URL as it may be logged or shown: a password written into it is replaced by ***. */
    public String shownUrl() {
        return PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "TeamServer[" + shownUrl() + ", user " + user + "]";
    }
}
