package io.adsdesk.registry;

import java.nio.file.Path;

/**
 * The registry on disk is not what AdsDesk last saved: it is refused, never opened as if it were
 * the truth. {@link #kind()} says what happened; the message says it in plain words, with what to
 * do (restore a backup or rebuild from Yelp, see {@link RegistryRecovery}).
 */
public final class RegistryDamagedException extends RegistryException {
    /** What is wrong with the registry file. */
    public enum Kind {
        /** The file is gone, though AdsDesk had saved changes to it. */
        MISSING("the registry file is missing"),
        /** The file is empty (0 bytes) or holds an empty database, though AdsDesk had saved changes to it. */
        EMPTY("the registry file is empty"),
        /** The file holds fewer changes than AdsDesk last saved: an older copy, or part of it was lost. */
        OLDER("the registry file is older than the last change AdsDesk saved"),
        /** The file cannot be read: truncated, flipped bytes, or not a registry at all. */
        UNREADABLE("the registry file is damaged");

        private final String summary;

        Kind(String summary) {
            this.summary = summary;
        }

        public String summary() {
            return summary;
        }
    }

    static final String WHAT_TO_DO = "restore a backup or rebuild it from Yelp (open the account in the app, or run"
            + " adsdesk registry restore or adsdesk registry rebuild)";

    private final Kind kind;
    private final transient Path directory;

    RegistryDamagedException(Kind kind, Path directory, String detail, Throwable cause) {
        super("The local registry cannot be trusted: " + kind.summary() + (detail == null ? "" : " (" + detail + ")")
                + "; nothing was changed. To recover, " + WHAT_TO_DO + ".", cause);
        this.kind = kind;
        this.directory = directory;
    }

    public Kind kind() {
        return kind;
    }

    /** The account directory holding the registry. */
    public Path directory() {
        return directory;
    }
}
