package io.adsdesk.registry;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The two databases a registry can live in: the embedded H2 file of one desktop, or a team's
 * PostgreSQL server. Names its migration folder and what Hibernate is told about the database.
 */
enum Vendor {
    H2("h2", "H2", 2, 5),
    POSTGRESQL("postgresql", "PostgreSQL", 15, 0);

    /** The folder of this database's own forms of the migrations, beside {@code common}. */
    final String folder;
    final String productName;
    final int majorVersion;
    final int minorVersion;

    Vendor(String folder, String productName, int majorVersion, int minorVersion) {
        this.folder = folder;
        this.productName = productName;
        this.majorVersion = majorVersion;
        this.minorVersion = minorVersion;
    }

    static Vendor of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    static Vendor ofUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }
}
