package io.adsdesk.cli;

/** A command that failed for a reason the user is told in one line, with its exit code. */
final class CommandException extends Exception {
    final ExitCode exit;

    CommandException(ExitCode exit, String message, Throwable cause) {
        super(message, cause);
        this.exit = exit;
    }
}
