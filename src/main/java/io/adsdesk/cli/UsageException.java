package io.adsdesk.cli;

/** Bad command-line input: the message is one line a user can act on. Exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
