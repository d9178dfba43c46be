package io.adsdesk.registry;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Test connection" for a team registry, and the plain words for why one could not be opened:
 * unreachable host, refused login, missing database, missing rights, a server too old. Never says
 * the password.
 */
public final class TeamServerCheck {
    /** The oldest PostgreSQL AdsDesk runs on (as {@code server_version_num}). */
    static final int OLDEST_VERSION = 150000;
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final Pattern WHERE = Pattern.compile("jdbc:postgresql://([^/?#]*)/?([^?#]*)");

    /** What a check found. */
    public enum Outcome { OK, UNREACHABLE, LOGIN_REFUSED, NO_DATABASE, NO_PERMISSION, TOO_OLD, FAILED }

    /** The outcome and one sentence for the user. */
    public record Result(Outcome outcome, String message) {
        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    private TeamServerCheck() {
    }

    /**
     * Connects once, asks the server's version and whether the user may create (or already has) the
     * schema {@code schema} in the database. Blocking, at most {@value #CONNECT_TIMEOUT_SECONDS} s to connect.
     */
    public static Result check(TeamServer server, String schema) {
        Properties props = new Properties();
        if (server.user() != null) {
            props.setProperty("user", server.user());
        }
        if (server.password() != null) {
            props.setProperty("password", server.password());
        }
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("ApplicationName", "AdsDesk");
        try (Connection c = DriverManager.getConnection(server.url(), props)) {
            int version = intQuery(c, "SELECT current_setting('server_version_num')::int");
            String shown = stringQuery(c, "SELECT current_setting('server_version')");
            if (version < OLDEST_VERSION) {
                return new Result(Outcome.TOO_OLD, "The server runs PostgreSQL " + shown
                        + "; AdsDesk needs PostgreSQL 15 or newer.");
            }
            String database = stringQuery(c, "SELECT current_database()");
            String user = stringQuery(c, "SELECT current_user");
            if (!mayKeepSchema(c, schema)) {
                return new Result(Outcome.NO_PERMISSION, "Connected, but user " + user + " may not create tables in database "
                        + database + ". Ask the database administrator for: GRANT CREATE ON DATABASE " + database + " TO "
                        + user + ";");
            }
            return new Result(Outcome.OK, "Connected to PostgreSQL " + shown + ": user " + user + " can keep the registry in "
                    + "database " + database + ".");
        } catch (SQLException | RuntimeException e) {
            return failure(server, e);
        }
    }

    private static boolean mayKeepSchema(Connection c, String schema) throws SQLException {
        try (var st = c.prepareStatement("SELECT has_database_privilege(current_database(), 'CREATE')"
                + " OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ? AND has_schema_privilege(nspname, 'CREATE'))")) {
            st.setString(1, schema == null ? "" : schema);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static int intQuery(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String stringQuery(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Why the server could not be used, in one sentence. */
    public static Result failure(TeamServer server, Throwable e) {
        String host = hostOf(server.url());
        String database = databaseOf(server.url());
        String user = server.user() == null ? "(none given)" : server.user();
        String state = sqlState(e);
        if (has(e, UnknownHostException.class)) {
            return new Result(Outcome.UNREACHABLE, "The host in " + host + " is unknown: check the name in the URL and the"
                    + " network (VPN).");
        }
        if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class)) {
            return new Result(Outcome.UNREACHABLE, "Nothing answers at " + host + ": is PostgreSQL running there, on that port,"
                    + " and reachable from this computer?");
        }
        if (has(e, SocketTimeoutException.class)) {
            return new Result(Outcome.UNREACHABLE, host + " did not answer in time: check the host, the port and the network"
                    + " (VPN, firewall).");
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return new Result(Outcome.LOGIN_REFUSED, "PostgreSQL at " + host + " refused user " + user
                    + ": the password is wrong, the user does not exist, or the server does not let it in from here.");
        }
        if ("3D000".equals(state)) {
            return new Result(Outcome.NO_DATABASE, "There is no database " + database + " at " + host
                    + ": create it, or correct the URL.");
        }
        if ("42501".equals(state)) {
            return new Result(Outcome.NO_PERMISSION, "User " + user + " may not use database " + database + " at " + host
                    + ": ask the database administrator for GRANT CONNECT, CREATE ON DATABASE " + database + " TO " + user + ";");
        }
        String text = firstLine(e).toLowerCase(java.util.Locale.ROOT);
        if (text.contains("no password was provided") || text.contains("password-based authentication")) {
            return new Result(Outcome.LOGIN_REFUSED, "PostgreSQL at " + host + " asks for a password for user " + user + ".");
        }
        if (text.contains("ssl") || text.contains("certificate")) {
            return new Result(Outcome.FAILED, "The secure connection to " + host + " failed: " + firstLine(e));
        }
        if (unreachable(e)) {
            return new Result(Outcome.UNREACHABLE, "Cannot reach PostgreSQL at " + host + ": " + firstLine(e));
        }
        return new Result(Outcome.FAILED, "PostgreSQL at " + host + " could not be used: " + firstLine(e));
    }

    /**
     * Whether the failure means the server could not be reached (down, unknown host, no route, timed
     * out, starting up or shutting down), as opposed to refusing who connects or what was asked.
     */
    public static boolean unreachable(Throwable e) {
        if (has(e, UnknownHostException.class) || has(e, ConnectException.class) || has(e, NoRouteToHostException.class)
                || has(e, SocketTimeoutException.class)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.equals("08001") || state.equals("08006") || state.equals("08003") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "host:port" of a PostgreSQL URL (without the password or options). */
    public static String hostOf(String url) {
        Matcher m = WHERE.matcher(url == null ? "" : url);
        return m.lookingAt() && !m.group(1).isEmpty() ? m.group(1) : "the server";
    }

    static String databaseOf(String url) {
        Matcher m = WHERE.matcher(url == null ? "" : url);
        return m.lookingAt() && !m.group(2).isEmpty() ? m.group(2) : "(the user's default)";
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t instanceof RegistryException && t.getCause() != null) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
