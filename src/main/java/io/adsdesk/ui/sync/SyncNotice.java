package io.adsdesk.ui.sync;

/** A non-blocking message about a finished sync, e.g. "Added 3, updated 12, removed 1". */
public record SyncNotice(Kind kind, String title, String text) {

    /** Decides the notification's colour. */
    public enum Kind { SUCCESS, INFO, WARNING, DANGER }
}
