package io.adsdesk.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the dashboard remembers between runs, as a small JSON file in the data root:
 * theme, window bounds, hidden columns and their widths, saved table views, auto-sync interval, last
 * account, last export folder, update checks. Never a password.
 * Mutable and FX-thread confined.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class UiSettings {
    public static final String FILE_NAME = "settings.json";
    public static final int DEFAULT_AUTO_SYNC_MINUTES = 30;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Theme theme = Theme.SYSTEM;
    public Double windowX;
    public Double windowY;
    public double windowWidth = 1280;
    public double windowHeight = 800;
    public boolean windowMaximized;
    public Set<String> hiddenColumns = new LinkedHashSet<>();
    /** Widths set by the user in the history, jobs and audit windows, by "table-id/Column title". */
    public Map<String, Double> windowColumnWidths = new LinkedHashMap<>();
    /** Programs-table column widths the user set, by column ID. */
    public Map<String, Double> columnWidths = new LinkedHashMap<>();
    /** Named views of the programs table, by account ("demo" or "user@host"), in the order saved. */
    public Map<String, List<SavedView>> savedViews = new LinkedHashMap<>();
    /** 0 turns automatic sync off. */
    public int autoSyncMinutes = DEFAULT_AUTO_SYNC_MINUTES;
    public String lastAccountUsername;
    public String lastAccountBaseUrl;
    public boolean lastAccountDemo;
    /** The folder of the last CSV export, where the next one starts. */
    public String lastExportFolder;
    /** Ask the release feed (at most once a day) whether a newer AdsDesk exists. */
    public boolean checkForUpdates = true;
    /** When the release feed was last asked (ISO-8601 instant); null before the first time. */
    public String lastUpdateCheck;

    /** The Reports view's range preset, its custom days (ISO dates) and the tab shown; null: the defaults. */
    public String reportsPreset;
    public String reportsFrom;
    public String reportsTo;
    public String reportsTab;

    /** Accounts whose registry is on a team's PostgreSQL server, by account key: URL and database user, never the password. */
    public Map<String, TeamRegistry> teamRegistries = new LinkedHashMap<>();

    /** Where an account's team registry is: a JDBC URL and a database user. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class TeamRegistry {
        public String url;
        public String user;

        public TeamRegistry() {
        }

        public TeamRegistry(String url, String user) {
            this.url = url;
            this.user = user;
        }
    }

    /** Reads the file; a missing or unreadable file gives the defaults. */
    public static UiSettings load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return new UiSettings();
        }
        try {
            UiSettings s = JSON.readValue(file.toFile(), UiSettings.class);
            if (s.hiddenColumns == null) {
                s.hiddenColumns = new LinkedHashSet<>();
            }
            if (s.windowColumnWidths == null) {
                s.windowColumnWidths = new LinkedHashMap<>();
            }
            if (s.columnWidths == null) {
                s.columnWidths = new LinkedHashMap<>();
            }
            if (s.savedViews == null) {
                s.savedViews = new LinkedHashMap<>();
            }
            if (s.teamRegistries == null) {
                s.teamRegistries = new LinkedHashMap<>();
            }
            if (s.theme == null) {
                s.theme = Theme.SYSTEM;
            }
            return s;
        } catch (IOException | RuntimeException e) {
            return new UiSettings();
        }
    }

    /** Writes atomically (temp file, then move). */
    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
