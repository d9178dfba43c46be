package io.adsdesk.registry;

import io.adsdesk.model.Account;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * Team registries on a PostgreSQL server: one database holds any number of accounts, each in its
 * own schema named after the account's key (username + base URL, as the local directories are), so
 * accounts never see each other's rows.
 */
public final class TeamRegistries {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TeamRegistries.class);
    private static final int MAX_CONNECTIONS = 4;

    private TeamRegistries() {
    }

    /** The schema of an account on a team server. */
    public static String schemaOf(Account account) {
        return "adsdesk_" + account.key().toLowerCase(Locale.ROOT);
    }

    /**
     * Opens (creating or migrating as needed) the account's registry on the server. {@code cacheDir}
     * (the account's local directory, or null) keeps a copy of the contents for a fast start; reads of
     * it happen on {@code background} when given.
     */
    public static HibernateProgramRegistry open(TeamServer server, Account account, Path cacheDir, Executor background) {
        LOG.info("Opening the team registry of {} at {} as {}", account.username(), server.shownUrl(), server.user());
        PGConnectionPoolDataSource source = source(server, schemaOf(account));
        return HibernateProgramRegistry.openOnServer(pool(source), schemaOf(account), cacheDir, background, source::getConnection);
    }

    static JdbcConnectionPool pool(TeamServer server, String schema) {
        return pool(source(server, schema));
    }

    private static PGConnectionPoolDataSource source(TeamServer server, String schema) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(server.url());
        if (server.user() != null) {
            source.setUser(server.user());
        }
        if (server.password() != null) {
            source.setPassword(server.password());
        }
        if (schema != null) {
            source.setCurrentSchema(schema);
        }
        source.setApplicationName("AdsDesk");
        source.setConnectTimeout(10);
        return source;
    }

    private static JdbcConnectionPool pool(PGConnectionPoolDataSource source) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }
}
