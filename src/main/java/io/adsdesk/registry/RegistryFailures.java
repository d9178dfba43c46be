package io.adsdesk.registry;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns what the database or the file system threw into a {@link RegistryException} that says, in
 * one line, what happened and what to do: a damaged file, a full disk, a read-only directory or
 * file, a value too long to store. Anything else keeps the database's own first line.
 */
final class RegistryFailures {
    /** H2's codes: file corrupted, database read-only, value too long for its column. */
    private static final int FILE_CORRUPTED = 90030;
    private static final int READ_ONLY = 90097;
    private static final int VALUE_TOO_LONG = 22001;

    private RegistryFailures() {
    }

    /**
     * @param doing what AdsDesk was doing, as "Cannot read the local registry"
     * @param directory the account directory, or null for an in-memory registry
     */
    static RegistryException of(String doing, Throwable e, Path directory) {
        if (e instanceof RegistryException re) {
            return re;
        }
        if (damaged(e)) {
            return new RegistryDamagedException(RegistryDamagedException.Kind.UNREADABLE, directory, firstLine(e), e);
        }
        String where = directory == null ? "the data directory" : directory.toString();
        if (matches(e, "no space left on device", "not enough space on the disk", "disk full")) {
            return new RegistryException(doing + ": the disk holding " + where + " is full. Free some space, then try again.", e);
        }
        if (readOnly(e)) {
            return new RegistryException(doing + ": " + where + " (or the registry file in it) is read-only. AdsDesk needs to"
                    + " write there: give your user write access, or choose another data directory (--data-dir).", e);
        }
        if (hasCode(e, VALUE_TOO_LONG)) {
            return new RegistryException(doing + ": a value is longer than the local registry can store (" + firstLine(e)
                    + "). Nothing was changed; update AdsDesk.", e);
        }
        return new RegistryException(doing + ": " + firstLine(e), e);
    }

    /** Whether the failure means the database file is damaged (not locked, not missing, not full). */
    static boolean damaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BufferUnderflowException || t instanceof BufferOverflowException
                    || t instanceof SQLException s && s.getErrorCode() == FILE_CORRUPTED) {
                return true;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("file corrupted") || m.contains("header is corrupt") || m.contains("unable to read the page")
                    || damagedStore(t)) {
                return true;
            }
        }
        return false;
    }

    /** H2's store codes ("[2.4.240/9]"): file corrupt, a chunk or block a page points to is not there. */
    private static final java.util.regex.Pattern STORE_DAMAGE = java.util.regex.Pattern.compile("\\[[0-9.]+/(6|9|10)]");

    /**
     * H2's store failing on what it read: a damage code in its message, or one of its own consistency
     * assertions tripping over a page that is not what it wrote.
     */
    private static boolean damagedStore(Throwable t) {
        String m = String.valueOf(t.getMessage());
        if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") && STORE_DAMAGE.matcher(m).find()) {
            return true;
        }
        if (m.contains("MVStoreException") && STORE_DAMAGE.matcher(m).find()) {
            return true;
        }
        StackTraceElement[] at = t.getStackTrace();
        return t instanceof AssertionError && at.length > 0 && at[0].getClassName().startsWith("org.h2.");
    }

    private static boolean readOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof SQLException s && s.getErrorCode() == READ_ONLY) {
                return true;
            }
            if (t instanceof FileSystemException f && f.getReason() != null && f.getReason().toLowerCase(Locale.ROOT).contains("read-only")) {
                return true;
            }
        }
        return matches(e, "read-only file system", "permission denied", "access is denied", "database is read only");
    }

    private static boolean hasCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Throwable e, String... needles) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            for (String needle : needles) {
                if (m.contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost cause's first line: the database's own words, without its stack of wrappers. */
    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
