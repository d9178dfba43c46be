package io.adsdesk.registry;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Versioned schema migrations on Flyway: {@code V<n>__name.sql} files under
 * {@code io/adsdesk/registry/schema/common} (the same SQL for H2 and PostgreSQL) and, where the two
 * databases truly differ, under {@code schema/h2} and {@code schema/postgresql} (one file per
 * database, same version). Adding a migration is adding a file; Flyway records what ran in
 * {@code flyway_schema_history}.
 *
 * <p>Registries written before Flyway recorded their version in {@code schema_version}; such a
 * registry is adopted at that version (a Flyway baseline), so nothing that already ran runs again.
 * On H2 the old table keeps being written too, so that an older AdsDesk opening a newer registry
 * still refuses it in words instead of failing on its first migration.
 */
final class SchemaMigrator {
    static final String HISTORY = "flyway_schema_history";
    static final String LEGACY = "schema_version";
    static final String ROOT = "classpath:io/adsdesk/registry/schema/";

    private final List<String> extraLocations;
    private final MigrationVersion target;

    private SchemaMigrator(List<String> extraLocations, MigrationVersion target) {
        this.extraLocations = List.copyOf(extraLocations);
        this.target = target;
    }

    /** Every migration this release knows. */
    static SchemaMigrator latest() {
        return new SchemaMigrator(List.of(), MigrationVersion.LATEST);
    }

    /** Only the migrations up to {@code version}: a registry as an older release left it. */
    SchemaMigrator upTo(int version) {
        return new SchemaMigrator(extraLocations, MigrationVersion.fromVersion(Integer.toString(version)));
    }

    /** Also the migrations in {@code location} (a {@code classpath:} folder). */
    SchemaMigrator with(String location) {
        List<String> all = new ArrayList<>(extraLocations);
        all.add(location);
        return new SchemaMigrator(all, target);
    }

    /** What a migration run did: the version found and the version left. */
    record Outcome(int from, int to) {
    }

    /** Flyway for this database; {@code schema} is null on H2 (its default schema). */
    Flyway flyway(DataSource source, Vendor vendor, String schema) {
        List<String> locations = new ArrayList<>(List.of(ROOT + "common", ROOT + vendor.folder));
        locations.addAll(extraLocations);
        FluentConfiguration config = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(source)
                .locations(locations.toArray(String[]::new))
                .table(HISTORY)
                .target(target)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .baselineOnMigrate(false);
        if (schema != null) {
            config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return config.load();
    }

    /** The newest version among the migrations this release has (up to its target). */
    static int latestVersion(Flyway flyway) {
        MigrationVersion target = flyway.getConfiguration().getTarget();
        return Arrays.stream(flyway.info().all())
                .filter(i -> i.getState().isResolved() && i.getVersion() != null)
                .filter(i -> target == null || MigrationVersion.LATEST.equals(target) || i.getVersion().compareTo(target) <= 0)
                .map(MigrationInfo::getVersion)
                .mapToInt(v -> v.getMajor().intValue())
                .max().orElse(0);
    }

    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("V([0-9]+)__[^/]+\\.sql");

    /**
     * The newest version among this release's migration files for {@code vendor}, listed from the
     * class path (a jar or a folder) without starting Flyway; -1 when they cannot be listed or a name
     * is not the plain {@code V<n>__name.sql} (then Flyway decides).
     */
    static int latestOnClassPath(Vendor vendor) {
        int latest = 0;
        for (String folder : List.of("common", vendor.folder)) {
            String path = ROOT.substring("classpath:".length()) + folder;
            java.net.URL url = SchemaMigrator.class.getClassLoader().getResource(path);
            if (url == null) {
                return -1;
            }
            List<String> names = new ArrayList<>();
            try {
                if (url.getProtocol().equals("file")) {
                    try (var files = java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
                        files.forEach(f -> names.add(f.getFileName().toString()));
                    }
                } else if (url.getProtocol().equals("jar")
                        && url.openConnection() instanceof java.net.JarURLConnection jar) {
                    jar.setUseCaches(true);
                    String prefix = path + "/";
                    jar.getJarFile().stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                            .forEach(n -> names.add(n.substring(prefix.length())));
                } else {
                    return -1;
                }
            } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
                return -1;
            }
            for (String name : names) {
                java.util.regex.Matcher m = VERSIONED.matcher(name);
                if (!m.matches()) {
                    return -1;
                }
                latest = Math.max(latest, Integer.parseInt(m.group(1)));
            }
        }
        return latest;
    }

    /**
     * The schema version of the database behind the connection: the higher of Flyway's record and
     * the hand-written migrator's {@code schema_version}; 0 when empty.
     */
    static int currentVersion(Connection c, String schema) throws SQLException {
        int flyway = tableExists(c, schema, HISTORY) ? flywayVersion(c, schema) : 0;
        return Math.max(flyway, tableExists(c, schema, LEGACY) ? legacyVersion(c, schema) : 0);
    }

    /**
     * Brings the database up to this release's latest version, refusing one newer than that. Calls
     * {@code beforeUpgrade} with the version found when an existing registry is about to change.
     */
    Outcome migrate(DataSource source, Vendor vendor, String schema, BeforeUpgrade beforeUpgrade) throws SQLException {
        int current;
        int legacy;
        boolean adopted;
        try (Connection c = source.getConnection()) {
            adopted = tableExists(c, schema, HISTORY);
            current = currentVersion(c, schema);
            legacy = tableExists(c, schema, LEGACY) ? legacyVersion(c, schema) : 0;
        }
        if (adopted && current > 0 && extraLocations.isEmpty() && MigrationVersion.LATEST.equals(target)
                && current == latestOnClassPath(vendor) && (vendor != Vendor.H2 || legacy >= current)) {
            // Up to date, as on every start but the first after an upgrade: nothing below would run,
            // and starting Flyway (its scan, its classes) costs the first screen a noticeable share.
            return new Outcome(current, current);
        }
        Flyway flyway = flyway(source, vendor, schema);
        int latest = latestVersion(flyway);
        if (current > latest) {
            throw new RegistryException("This registry was written by a newer AdsDesk (schema version " + current
                    + "; this version knows up to " + latest + "). Update AdsDesk to open it.");
        }
        if (current > 0 && current < latest) {
            beforeUpgrade.run(current);
        }
        if (current > 0 && !adopted) {
            Flyway.configure(SchemaMigrator.class.getClassLoader()).configuration(flyway.getConfiguration())
                    .baselineVersion(Integer.toString(current))
                    .baselineDescription("AdsDesk schema " + current + " (before Flyway)")
                    .load().baseline();
        }
        if (current < latest) {
            flyway.migrate();
        }
        if (vendor == Vendor.H2 && legacy < latest) {
            try (Connection c = source.getConnection()) {
                recordLegacy(c, latest);
            }
        }
        return new Outcome(current, Math.max(current, latest));
    }

    @FunctionalInterface
    interface BeforeUpgrade {
        void run(int currentVersion) throws SQLException;
    }

    /** Keeps {@code schema_version} at the version Flyway left, for older releases of AdsDesk. */
    private static void recordLegacy(Connection c, int version) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + LEGACY
                    + " (version INT NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        if (legacyVersion(c, null) < version) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + LEGACY + " (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)")) {
                ps.setInt(1, version);
                ps.executeUpdate();
            }
        }
    }

    private static int flywayVersion(Connection c, String schema) throws SQLException {
        int max = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\" FROM " + qualified(schema, "\"" + HISTORY + "\"")
                + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                max = Math.max(max, MigrationVersion.fromVersion(rs.getString(1)).getMajor().intValue());
            }
        }
        return max;
    }

    private static int legacyVersion(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + qualified(schema, LEGACY))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String qualified(String schema, String table) {
        return schema == null ? table : "\"" + schema + "\"." + table;
    }

    static boolean tableExists(Connection c, String schema, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, schema == null ? null : schema, name, new String[] {"TABLE"})) {
                while (rs.next()) {
                    String found = rs.getString("TABLE_SCHEM");
                    if (schema != null || "PUBLIC".equalsIgnoreCase(found)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
