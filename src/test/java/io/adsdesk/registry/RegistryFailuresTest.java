package io.adsdesk.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Disk and database failures say what happened and what to do, in one line. */
class RegistryFailuresTest {
    @TempDir
    Path dir;

    private static void plain(String message) {
        assertFalse(message.contains("internal error") || message.contains("Exception") || message.contains("\n"), message);
    }

    @Test
    void aFullDiskSaysSoAndWhatToDo() {
        // What the JDK throws when a device is full: /dev/full fails every write with ENOSPC.
        assumeTrue(Files.exists(Path.of("/dev/full")));
        IOException full = assertThrows(IOException.class, () -> Files.write(Path.of("/dev/full"), new byte[1]));

        String m = RegistryFailures.of("Cannot write to the local registry", full, dir).getMessage();

        assertTrue(m.contains("the disk holding " + dir + " is full. Free some space"), m);
        plain(m);
    }

    @Test
    void aReadOnlyRegistrySaysSoAndWhatToDo() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("ro").toAbsolutePath();
        try (var c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE t (v INT)");
        }
        SQLException readOnly;
        try (var c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", "sa", "")) {
            readOnly = assertThrows(SQLException.class, () -> c.createStatement().execute("INSERT INTO t VALUES (1)"));
        }

        String m = RegistryFailures.of("Cannot write to the local registry", readOnly, dir).getMessage();

        assertTrue(m.contains("is read-only. AdsDesk needs to write there"), m);
        plain(m);
    }

    @Test
    void aReadOnlyDataDirectoryOrLockFileSaysSo() {
        Path lock = dir.resolve("sync.lock");
        String m = RegistryFailures.of("Cannot take the account's sync lock (sync.lock)", new AccessDeniedException(lock.toString()),
                dir).getMessage();

        assertEquals("Cannot take the account's sync lock (sync.lock): " + dir + " (or the registry file in it) is read-only."
                + " AdsDesk needs to write there: give your user write access, or choose another data directory (--data-dir).", m);
    }

    @Test
    void aReadOnlyDataDirectoryIsRefusedPlainlyOnOpening() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "permissions do not bind the superuser");
        Path data = Files.createDirectories(dir.resolve("data"));
        assertTrue(data.toFile().setWritable(false, false));
        try {
            RegistryException e = assertThrows(RegistryException.class, () -> HibernateProgramRegistry.open(data.resolve("acct")));
            assertTrue(e.getMessage().contains("is read-only"), e.getMessage());
            plain(e.getMessage());
        } finally {
            data.toFile().setWritable(true, false);
        }
    }

    @Test
    void aValueTooLongForItsColumnSaysSo() throws Exception {
        SQLException tooLong;
        try (var c = DriverManager.getConnection("jdbc:h2:mem:toolong", "sa", "")) {
            c.createStatement().execute("CREATE TABLE t (v VARCHAR(3))");
            tooLong = assertThrows(SQLException.class, () -> c.createStatement().execute("INSERT INTO t VALUES ('abcd')"));
        }

        String m = RegistryFailures.of("Cannot write to the local registry", tooLong, null).getMessage();

        assertTrue(m.startsWith("Cannot write to the local registry: a value is longer than the local registry can store"), m);
        assertTrue(m.endsWith("Nothing was changed; update AdsDesk."), m);
    }

    @Test
    void damageIsTypedAndOtherFailuresAreNot() {
        RegistryException damaged = RegistryFailures.of("Cannot read the local registry",
                new SQLException("File corrupted while reading record", "XX000", 90030), dir);
        assertInstanceOf(RegistryDamagedException.class, damaged);
        assertEquals(RegistryDamagedException.Kind.UNREADABLE, ((RegistryDamagedException) damaged).kind());
        assertFalse(RegistryFailures.of("Cannot open the local registry",
                new SQLException("Database may be already in use", "90020", 90020), dir) instanceof RegistryDamagedException);
    }

    @Test
    void aPageThatPointsToAMissingPartOfTheFileIsDamage() {
        SQLException missing = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Chunk 67108854 not found"
                + " [2.4.240/9]\"", "HY000", 50000);
        RegistryException e = RegistryFailures.of("Cannot read the local registry", missing, dir);
        assertInstanceOf(RegistryDamagedException.class, e);
        assertEquals(RegistryDamagedException.Kind.UNREADABLE, ((RegistryDamagedException) e).kind());
        assertFalse(RegistryFailures.of("Cannot read the local registry", new SQLException(
                "General error: \"org.h2.mvstore.MVStoreException: The file is locked [2.4.240/7]\"", "HY000", 50000), dir)
                instanceof RegistryDamagedException, "a locked file is not a damaged one");
    }

    @Test
    void anAssertionOfTheDatabaseTrippingOverWhatItReadIsDamage() {
        AssertionError tripped = new AssertionError();
        tripped.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.h2.mvstore.Page", "read", "Page.java", 1)});
        RegistryException e = RegistryFailures.of("Cannot read the local registry",
                new SQLException("GeneralError", "HY000", 50000, tripped), dir);
        assertInstanceOf(RegistryDamagedException.class, e);
    }
}
