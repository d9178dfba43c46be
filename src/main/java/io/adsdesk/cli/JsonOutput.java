package io.adsdesk.cli;

/**
 * A command with {@code --json}: its result is one JSON object on standard output, and so is every
 * failure ({@code status}, {@code exit}, {@code failure}, {@code message}), bad input included.
 */
interface JsonOutput {
    String OPTION = "--json";

    boolean json();
}
