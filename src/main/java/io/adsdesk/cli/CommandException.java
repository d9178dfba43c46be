package io.adsdesk.cli;

/** A command that failed for a reason the user is told in one line, with its exit code. */
final class CommandException extends Exception {
    final ExitCode exit;
    /** The {@code failure} a JSON result names: a stable upper-case word. */
    final String failure;

    CommandException(ExitCode exit, String message, Throwable cause) {
        this(exit, exit.name(), message, cause);
    }

    CommandException(ExitCode exit, String failure, String message, Throwable cause) {
        super(message, cause);
        this.exit = exit;
        this.failure = failure;
    }
}
