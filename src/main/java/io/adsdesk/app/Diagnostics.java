package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.update.AppVersion;
import io.adsdesk.update.UpdateFeed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A plain-text report for support: versions, where data and logs live, the accounts (usernames and
 * base URLs only) and the end of the log. Logs never hold passwords, so neither does this.
 */
final class Diagnostics {
    static final int LOG_LINES = 200;

    private Diagnostics() {
    }

    static String report(Path dataRoot, Path logDir, List<Account> accounts) {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append(AppVersion.title()).append('\n')
                .append("Report made ").append(Instant.now()).append('\n')
                .append("Java ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vendor")).append(")\n")
                .append("JavaFX ").append(System.getProperty("javafx.runtime.version", "not loaded")).append('\n')
                .append("OS ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append('\n')
                .append("Data directory ").append(dataRoot).append('\n')
                .append("Log directory ").append(logDir).append('\n')
                .append("Update feed ").append(UpdateFeed.configured().map(Object::toString).orElse("off")).append('\n')
                .append("Accounts:\n");
        for (Account a : accounts) {
            sb.append("  ").append(a.username()).append(" @ ").append(a.baseUrl()).append('\n');
        }
        sb.append("\nLast ").append(LOG_LINES).append(" log lines:\n");
        Path log = logDir.resolve("adsdesk.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size()).forEach(l -> sb.append(l).append('\n'));
        } catch (IOException e) {
            sb.append("(no log at ").append(log).append(": ").append(e.getClass().getSimpleName()).append(")\n");
        }
        return sb.toString();
    }
}
