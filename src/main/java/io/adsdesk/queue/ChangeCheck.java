package io.adsdesk.queue;

import java.util.Objects;

/**
 * One result of checking a pending change against the documented rules.
 *
 * @param message plain words, fit to show beside the change
 */
public record ChangeCheck(CheckSeverity severity, String message) {
    public ChangeCheck {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static ChangeCheck error(String message) {
        return new ChangeCheck(CheckSeverity.ERROR, message);
    }

    public static ChangeCheck warning(String message) {
        return new ChangeCheck(CheckSeverity.WARNING, message);
    }
}
