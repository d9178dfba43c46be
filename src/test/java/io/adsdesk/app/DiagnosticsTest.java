package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.testing.PomVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticsTest {
    @TempDir
    Path dir;

    @Test
    void theReportHasVersionsAccountsAndTheEndOfTheLog() throws Exception {
        Files.write(dir.resolve("adsdesk.log"), IntStream.range(0, 500).mapToObj(i -> "line " + i).toList());

        String report = Diagnostics.report(dir.resolve("data"), dir, List.of(new Account("alice", "https://partner-api.yelp.com")));

        assertTrue(report.startsWith("AdsDesk " + PomVersion.read() + "\n"), report);
        assertTrue(report.contains("Java " + System.getProperty("java.version")), report);
        assertTrue(report.contains("alice @ https://partner-api.yelp.com"), report);
        assertTrue(report.contains("Update feed " + io.adsdesk.update.UpdateFeed.configured().map(Object::toString).orElse("off")), report);
        assertTrue(report.contains("line 499"));
        assertTrue(report.contains("line 300"));
        assertFalse(report.contains("line 299\n"), "only the last " + Diagnostics.LOG_LINES + " lines");
    }

    @Test
    void aMissingLogIsSaidNotThrown() {
        String report = Diagnostics.report(dir, dir.resolve("nowhere"), List.of());
        assertTrue(report.contains("(no log at"), report);
    }
}
